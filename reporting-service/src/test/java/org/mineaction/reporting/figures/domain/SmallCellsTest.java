package org.mineaction.reporting.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static Map<String, Integer> cells(Object... pairs) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cells.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return cells;
    }

    @Test
    void hidesEveryCellUnderFiveZeroIncluded() {
        assertThat(SmallCells.breakdown(cells("FEMALE", 12, "MALE", 4, "OTHER", 0, "NOT_DECLARED", 7)))
                .containsExactly(Map.entry("FEMALE", 12), Map.entry("MALE", "<5"), Map.entry("OTHER", "<5"),
                        Map.entry("NOT_DECLARED", 7));
        assertThat(SmallCells.cell(4)).isEqualTo("<5");
        assertThat(SmallCells.cell(5)).isEqualTo(5);
    }

    @Test
    void aLoneHiddenCellTakesTheSmallestVisibleOneWithItSoTheTotalCannotRevealIt() {
        assertThat(SmallCells.breakdown(cells("FEMALE", 12, "MALE", 3, "NOT_DECLARED", 7)))
                .containsExactly(Map.entry("FEMALE", 12), Map.entry("MALE", "<5"), Map.entry("NOT_DECLARED", "<5"));
    }

    @Test
    void everyValueOfTheEnumHasItsCell() {
        enum Colour { RED, BLUE }
        assertThat(SmallCells.breakdown(Colour.class, Map.of("RED", 9), 6)).containsExactly(Map.entry("RED", 9),
                Map.entry("BLUE", "<5"), Map.entry("NOT_DECLARED", "<5"));
    }
}
