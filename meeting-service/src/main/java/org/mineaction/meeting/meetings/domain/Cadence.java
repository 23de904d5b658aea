package org.mineaction.meeting.meetings.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Proposes the next regular (quarterly) meeting: three months after the last one, same local time
 * in the same zone, moved off a weekend to the Monday; without a previous one, the first Tuesday
 * of the next quarter at 09:00 for three hours in the platform's zone.
 */
public final class Cadence {

    public static final int MONTHS = 3;
    static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    static final Duration DEFAULT_LENGTH = Duration.ofHours(3);

    /** A proposed slot; the secretariat still chooses place and agenda. */
    public record Proposal(Instant startsAt, Instant endsAt, String timeZone, String basedOnMeetingId) {
    }

    private Cadence() {
    }

    public static Proposal after(Meeting last, Instant now) {
        ZonedDateTime start = last.schedule().localStart().plusMonths(MONTHS);
        while (!start.toInstant().isAfter(now)) {
            start = start.plusMonths(MONTHS);
        }
        start = offWeekend(start);
        return new Proposal(start.toInstant(), start.plus(last.schedule().length()).toInstant(),
                last.schedule().timeZone(), last.id());
    }

    public static Proposal first(ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int nextQuarterMonth = ((today.getMonthValue() - 1) / MONTHS + 1) * MONTHS + 1;
        LocalDate quarter = nextQuarterMonth > 12 ? LocalDate.of(today.getYear() + 1, 1, 1)
                : LocalDate.of(today.getYear(), nextQuarterMonth, 1);
        ZonedDateTime start = quarter.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(DEFAULT_START)
                .atZone(zone);
        return new Proposal(start.toInstant(), start.plus(DEFAULT_LENGTH).toInstant(), zone.getId(), null);
    }

    private static ZonedDateTime offWeekend(ZonedDateTime start) {
        return switch (start.getDayOfWeek()) {
            case SATURDAY -> start.plusDays(2);
            case SUNDAY -> start.plusDays(1);
            default -> start;
        };
    }
}
