package org.mineaction.meeting.platforms.domain;

import java.util.regex.Pattern;
import org.mineaction.chassis.problem.InvalidInputException;

/** ISO 3166-1 alpha-3 code of the country whose platform it is; also the platform's identity. */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

    public CountryCode {
        if (!isWellFormed(value)) {
            throw new InvalidInputException("countryCode", "must be an ISO 3166-1 alpha-3 code in capitals, e.g. KHM");
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && ALPHA_3.matcher(candidate).matches();
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
