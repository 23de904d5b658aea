package org.mineaction.notification.deadlines.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The Article 7 transparency report a State Party submits each year by 30 April about the previous
 * calendar year: the report for {@code year - 1} is due on the deadline of {@code year}.
 *
 * @param countryCode the platform's country
 * @param year        the year of the deadline (the report covers the year before)
 */
public record Article7Deadline(String countryCode, int year, MonthDay dueDay) {

    public static final MonthDay APRIL_30 = MonthDay.of(4, 30);

    public Article7Deadline {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(dueDay, "dueDay");
    }

    /** The next deadline of a country on or after {@code today}. */
    public static Article7Deadline next(String countryCode, LocalDate today, MonthDay dueDay) {
        int year = dueDay.atYear(today.getYear()).isBefore(today) ? today.getYear() + 1 : today.getYear();
        return new Article7Deadline(countryCode, year, dueDay);
    }

    public int reportYear() {
        return year - 1;
    }

    public LocalDate dueDate() {
        return dueDay.atYear(year);
    }

    /** {@code before} the due day, at {@code hour} UTC. */
    public Instant reminderAt(Duration before, int hour) {
        return dueDate().minusDays(before.toDays()).atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }

    /** The day after the due day, at {@code hour} UTC: the escalation to the lead and the champion. */
    public Instant escalationAt(int hour) {
        return dueDate().plusDays(1).atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }

    public Article7Deadline following() {
        return new Article7Deadline(countryCode, year + 1, dueDay);
    }

    /** The condition of its reminders: the report is not submitted, e.g. {@code article7/KHM/2027}. */
    public String guard() {
        return "article7/" + countryCode + "/" + year;
    }

    public String subject() {
        return countryCode + "/article7/" + year;
    }
}
