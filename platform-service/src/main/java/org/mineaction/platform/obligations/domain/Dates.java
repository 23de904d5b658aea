package org.mineaction.platform.obligations.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.mineaction.chassis.problem.InvalidInputException;

/** Reads the dates clients send, as YYYY-MM-DD. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "is required, as YYYY-MM-DD");
            }
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date as YYYY-MM-DD");
        }
    }
}
