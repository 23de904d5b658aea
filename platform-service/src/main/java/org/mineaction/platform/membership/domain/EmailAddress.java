package org.mineaction.platform.membership.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * A member's e-mail address as they gave it. Two addresses that differ only in letter case reach
 * the same person in practice, so they are the same member: {@link #key()} is what must be unique
 * within a platform.
 */
public record EmailAddress(String value) {

    public static final String FIELD = "email";
    static final int MAX = 254;
    // Deliberately simple: deliverability is proven by the invitation, not by a regex.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public EmailAddress {
        value = value == null ? null : value.strip();
        if (value == null || value.isEmpty() || value.length() > MAX || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException(FIELD, "must be an e-mail address of at most " + MAX + " characters");
        }
    }

    /** The form compared for uniqueness: case-insensitive. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
