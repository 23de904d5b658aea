package org.mineaction.reporting.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportsTest {

    @Test
    void namesSpreadsheetColumnsLikeASpreadsheet() {
        assertThat(Exports.column(0)).isEqualTo("A");
        assertThat(Exports.column(25)).isEqualTo("Z");
        assertThat(Exports.column(26)).isEqualTo("AA");
        assertThat(Exports.column(27)).isEqualTo("AB");
        assertThat(Exports.column(701)).isEqualTo("ZZ");
        assertThat(Exports.column(702)).isEqualTo("AAA");
    }

    @Test
    void flattensNestedViewsIntoPathsAndLeavesListsToTheJson() {
        Map<String, Object> gender = new LinkedHashMap<>();
        gender.put("FEMALE", 7);
        gender.put("MALE", "<5");
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("countryCode", "KHM");
        view.put("participation", Map.of("byGender", gender));
        view.put("topics", List.of("x"));

        Map<String, Object> flat = Exports.flatten(view);
        assertThat(flat).containsExactly(Map.entry("countryCode", "KHM"),
                Map.entry("participation.byGender.FEMALE", 7), Map.entry("participation.byGender.MALE", "<5"));
        String csv = new String(Exports.csv(List.copyOf(flat.keySet()), List.of(flat)), StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly("countryCode,participation.byGender.FEMALE,participation.byGender.MALE",
                "KHM,7,<5");
    }
}
