package org.mineaction.chassis.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * A country by its ISO 3166-1 alpha-3 code, e.g. {@code KHM}: the identity of a national platform
 * and the tenant of everything under it, in every service. Plain Java, for domain code.
 *
 * <p>Two ways in, for two kinds of input:
 * <ul>
 * <li>{@link #parse} reads what people type: any letter case and surrounding blanks, but only the
 * codes of countries ISO 3166-1 lists. platform-service registers and looks up platforms with it,
 * so it is the one place that decides which countries exist.</li>
 * <li>The constructor takes a code the suite already speaks (an event, a stored document, a
 * report filter): three capitals, without a second opinion on the country list. A consumer thus
 * never refuses a platform the registry accepted, even where its JDK's country list differs.</li>
 * </ul>
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    public static final String FIELD = "countryCode";

    private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");
    private static final Set<String> ISO_ALPHA_3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    public CountryCode {
        if (!isWellFormed(value)) {
            throw new InvalidInputException(FIELD, "must be an ISO 3166-1 alpha-3 code in capitals, e.g. KHM");
        }
    }

    /** Accepts any letter case, since people type {@code khm} as often as {@code KHM}; refuses codes of no country. */
    public static CountryCode parse(String raw) {
        String normalised = raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
        if (normalised == null || !ISO_ALPHA_3.contains(normalised)) {
            throw new InvalidInputException(FIELD, "must be an ISO 3166-1 alpha-3 country code such as KHM or COL");
        }
        return new CountryCode(normalised);
    }

    /** Three capital letters: the form every service exchanges and stores. */
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
