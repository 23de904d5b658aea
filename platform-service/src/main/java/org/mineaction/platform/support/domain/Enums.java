package org.mineaction.platform.support.domain;

import java.util.Arrays;
import java.util.Locale;
import org.mineaction.chassis.problem.InvalidInputException;

/** Shared by the features' domains: reads enum values as people type them (any case, blanks or hyphens) with a message naming the choices. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "is required; one of " + Arrays.toString(type.getEnumConstants()));
            }
            return null;
        }
        String normalised = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, normalised);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
