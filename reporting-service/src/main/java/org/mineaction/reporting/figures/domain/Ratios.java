package org.mineaction.reporting.figures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Rates and medians as the reports show them: four decimals, null when there is nothing to measure. */
public final class Ratios {

    private Ratios() {
    }

    public static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    public static Double ratio(int part, int whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    public static Double mean(List<Long> values) {
        return values.isEmpty() ? null
                : round(values.stream().mapToLong(Long::longValue).sum() / (double) values.size());
    }
}
