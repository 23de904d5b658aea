package org.mineaction.notification.delivery.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * Where a message goes. Personal data: {@link #toString()} masks it so it does not end up in logs;
 * read {@link #value()} only to deliver.
 */
public record EmailAddress(String value) {

    /** Deliberately loose, the mail server has the last word; but no whitespace or line breaks, as it goes into a header. */
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("email", "is not an e-mail address");
        }
    }

    /** The same mailbox however the address was capitalised, for comparing and keying. */
    public String normalised() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value.charAt(0) + "***" + value.substring(value.indexOf('@'));
    }
}
