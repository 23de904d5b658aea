package org.mineaction.reporting.figures.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistical disclosure control for the gender, age and diversity breakdowns: a cell counting
 * fewer than {@value #THRESHOLD} people is shown as {@value #SUPPRESSED}, zero included. When a
 * breakdown would have exactly one such cell, the next smallest is suppressed too, so that the
 * hidden one cannot be worked out from the total. Every response and export goes through here.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;
    public static final String SUPPRESSED = "<" + THRESHOLD;

    private SmallCells() {
    }

    /** One count on its own: the number, or {@value #SUPPRESSED}. */
    public static Object cell(int count) {
        return count < THRESHOLD ? SUPPRESSED : count;
    }

    /** A breakdown whose cells add up to a total that is shown: keys in the given order. */
    public static Map<String, Object> breakdown(Map<String, Integer> cells) {
        Map<String, Object> shown = new LinkedHashMap<>();
        List<Map.Entry<String, Integer>> visible = new ArrayList<>();
        int suppressed = 0;
        for (Map.Entry<String, Integer> entry : cells.entrySet()) {
            if (entry.getValue() < THRESHOLD) {
                shown.put(entry.getKey(), SUPPRESSED);
                suppressed++;
            } else {
                shown.put(entry.getKey(), entry.getValue());
                visible.add(entry);
            }
        }
        if (suppressed == 1 && !visible.isEmpty()) {
            visible.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
            shown.put(visible.getFirst().getKey(), SUPPRESSED);
        }
        return shown;
    }

    /** The counts by every value of {@code values} (0 where none) plus "NOT_DECLARED", suppressed. */
    public static <E extends Enum<E>> Map<String, Object> breakdown(Class<E> values, Map<String, Integer> counts,
            int notDeclared) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (E value : values.getEnumConstants()) {
            cells.put(value.name(), counts.getOrDefault(value.name(), 0));
        }
        cells.put("NOT_DECLARED", notDeclared);
        return breakdown(cells);
    }
}
