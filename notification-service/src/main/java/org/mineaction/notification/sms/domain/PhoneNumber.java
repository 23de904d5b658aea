package org.mineaction.notification.sms.domain;

import java.util.regex.Pattern;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * A mobile number in E.164 form ({@code +} and up to 15 digits). Whether it can receive an SMS is
 * the provider's answer. Personal data: {@link #toString()} masks it.
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw new InvalidInputException("phone", "is not a phone number in E.164 form (+ and country code)");
        }
    }

    @Override
    public String toString() {
        return value.substring(0, 3) + "***" + value.substring(value.length() - 2);
    }
}
