package org.mineaction.platform.obligations.domain;

import java.time.LocalDate;

/**
 * An Article 7 transparency report as submitted.
 *
 * @param reportYear the calendar year it covers
 * @param initial    the initial report under Article 7.1, due 180 days after entry into force
 * @param dueDate    30 April of the following year, or for the initial report the initial due date
 */
public record Article7Report(int reportYear, boolean initial, LocalDate dueDate, LocalDate submittedOn) {

    public boolean onTime() {
        return !submittedOn.isAfter(dueDate);
    }

    /** The annual report on a calendar year is due on 30 April of the year after. */
    public static LocalDate annualDueDate(int reportYear) {
        return LocalDate.of(reportYear + 1, 4, 30);
    }
}
