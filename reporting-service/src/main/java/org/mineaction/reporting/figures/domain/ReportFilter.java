package org.mineaction.reporting.figures.domain;

import java.util.Optional;

/**
 * What a report is narrowed to: a region (countries), a span of years, an objective (the
 * per-objective figures: challenges, needs, priorities, commitments).
 */
public record ReportFilter(Optional<Region> region, int fromYear, int toYear, Optional<Objective> objective) {

    public boolean covers(int year) {
        return year >= fromYear && year <= toYear;
    }

    public boolean covers(CountryProfile profile) {
        return region.isEmpty() || region.get() == profile.platform().region();
    }

    public String objectiveName() {
        return objective.map(Enum::name).orElse(null);
    }
}
