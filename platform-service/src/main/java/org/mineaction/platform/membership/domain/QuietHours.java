package org.mineaction.platform.membership.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * When a member wants no messages but critical ones, in their own time zone: from {@code from}
 * until {@code to}, possibly across midnight (21:00 to 07:00).
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new InvalidInputException("quietHours", "from and to must differ");
        }
        from = from.withSecond(0).withNano(0);
        to = to.withSecond(0).withNano(0);
    }

    /** Both times as HH:mm, or neither (no quiet hours). */
    public static QuietHours parse(String from, String to) {
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return null;
        }
        if (noFrom || noTo) {
            throw new InvalidInputException("quietHours", "give both from and to, as HH:mm, or neither");
        }
        try {
            return new QuietHours(LocalTime.parse(from.strip()), LocalTime.parse(to.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("quietHours", "from and to must be times as HH:mm, e.g. 21:00");
        }
    }

    /** Whether a local time falls in the quiet hours ({@code from} inclusive, {@code to} exclusive). */
    public boolean covers(LocalTime time) {
        return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
    }

    public String fromText() {
        return from.toString();
    }

    public String toText() {
        return to.toString();
    }
}
