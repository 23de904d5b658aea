package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A country's meetings in one year. What was expected depends on the day the figures are read (a
 * period still running is not missed yet), so the stored figures keep the periods that had a
 * meeting and {@link #expected} / {@link #onTimeRate} work it out on read.
 *
 * @param periodsMet the cadence periods of the year (from 0) with at least one meeting held
 * @param activeSince the platform's first day (registration or first meeting, whichever is earlier)
 */
public record MeetingFigures(int scheduled, int held, int cancelled, List<Integer> heldByQuarter,
        List<Integer> periodsMet, Cadence cadence, LocalDate activeSince, LocalDate lastHeldOn) {

    public MeetingFigures {
        heldByQuarter = List.copyOf(heldByQuarter);
        periodsMet = List.copyOf(periodsMet);
        cadence = cadence == null ? Cadence.DEFAULT : cadence;
    }

    /**
     * The cadence periods of {@code year} a meeting was due in as of {@code today}: those the
     * platform was active in that are over, and the running one once it had its meeting.
     */
    public int expected(int year, LocalDate today) {
        int expected = 0;
        for (int period = 0; period < cadence.periodsPerYear(); period++) {
            if (counts(year, period, today)) {
                expected++;
            }
        }
        return expected;
    }

    /** The due periods (see {@link #expected}) that had a meeting. */
    public int met(int year, LocalDate today) {
        return (int) periodsMet.stream().filter(period -> counts(year, period, today)).count();
    }

    /** The share of due periods that had a meeting; null when none was due yet. */
    public Double onTimeRate(int year, LocalDate today) {
        return Ratios.ratio(met(year, today), expected(year, today));
    }

    private boolean counts(int year, int period, LocalDate today) {
        LocalDate end = cadence.periodEnd(year, period);
        if (activeSince == null || end.isBefore(activeSince) || cadence.periodStart(year, period).isAfter(today)) {
            return false;
        }
        return end.isBefore(today) || periodsMet.contains(period);
    }
}
