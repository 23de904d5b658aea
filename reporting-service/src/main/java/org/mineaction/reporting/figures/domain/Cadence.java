package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;

/** How often a platform means to meet; each year is cut into that many periods of equal months. */
public enum Cadence {
    MONTHLY(12),
    BIMONTHLY(6),
    QUARTERLY(4),
    /** Twice a year. */
    BIANNUAL(2),
    ANNUAL(1);

    /** What the platform events say when the lead chose nothing. */
    public static final Cadence DEFAULT = QUARTERLY;

    private final int periodsPerYear;

    Cadence(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** The period of its year a day falls in, from 0. */
    public int periodOf(LocalDate day) {
        return (day.getMonthValue() - 1) / (12 / periodsPerYear);
    }

    public LocalDate periodStart(int year, int period) {
        return LocalDate.of(year, period * (12 / periodsPerYear) + 1, 1);
    }

    public LocalDate periodEnd(int year, int period) {
        return periodStart(year, period).plusMonths(12 / periodsPerYear).minusDays(1);
    }

    public static Cadence parse(String value) {
        return value == null ? DEFAULT : valueOf(value);
    }
}
