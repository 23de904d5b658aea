package org.mineaction.meeting.shared.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

/** The input rules every feature shares, each failing with a 400 naming the field. */
public final class Checks {

    public static final int MAX_ID_LENGTH = 64;

    private Checks() {
    }

    /** A required text of at most {@code max} characters, stripped. */
    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidInputException(field, "must be 1 to " + max + " characters");
        }
        return value.strip();
    }

    /** An optional text of at most {@code max} characters, stripped; blank is null. */
    public static String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, max);
    }

    public static String id(String field, String value) {
        return text(field, value, MAX_ID_LENGTH);
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /** An IANA time zone id such as Asia/Phnom_Penh (region ids only, not offsets like +07:00). */
    public static ZoneId zone(String field, String value) {
        if (value == null || !value.contains("/") && !"UTC".equals(value)) {
            throw new InvalidInputException(field, "must be an IANA time zone such as Asia/Phnom_Penh");
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be an IANA time zone such as Asia/Phnom_Penh");
        }
    }

    /** The country of a path, as the suite writes it (three capitals). */
    public static String country(String value) {
        return new CountryCode(value).value();
    }
}
