package org.mineaction.notification.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The member's night, in the member's own time zone: an SMS due then waits for the morning (a phone
 * buzzes on the bedside table), an e-mail goes at once (it waits in the inbox anyway).
 *
 * <p>The window may wrap midnight (the default 21:00 to 08:00) or not (00:00 to 06:00); {@code start}
 * equal to {@code end} means no quiet hours. Daylight-saving changes are the zone's: the morning is
 * 08:00 local time on the day it falls, and if that time does not exist that day (a spring-forward
 * gap) it is the first instant after the gap.
 *
 * @param start when the night begins (inclusive)
 * @param end   when the morning begins (exclusive): the deferred SMS goes then
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
    /** No night at all: for critical messages (a cancellation), which go out whatever the hour. */
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** When a message due at {@code due} may go out on {@code channel} to a member living in {@code zone}. */
    public Instant earliestSend(Channel channel, Instant due, ZoneId zone) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(zone, "zone");
        if (channel != Channel.SMS || start.equals(end)) {
            return due;
        }
        ZonedDateTime local = due.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean wraps = start.isAfter(end);
        if (wraps) {
            if (!time.isBefore(start)) {
                return morningOf(day.plusDays(1), zone);
            }
            if (time.isBefore(end)) {
                return morningOf(day, zone);
            }
            return due;
        }
        return !time.isBefore(start) && time.isBefore(end) ? morningOf(day, zone) : due;
    }

    /** Whether {@code at} falls in the night of a member living in {@code zone}. */
    public boolean isQuiet(Instant at, ZoneId zone) {
        return !earliestSend(Channel.SMS, at, zone).equals(at);
    }

    private Instant morningOf(LocalDate day, ZoneId zone) {
        // ZonedDateTime.of moves a local time in a spring-forward gap to just after it.
        return ZonedDateTime.of(day, end, zone).toInstant();
    }
}
