package org.mineaction.platform.registry.domain;

import java.util.Locale;
import java.util.Set;
import org.mineaction.chassis.problem.InvalidInputException;

/** A country (the tenant) by its ISO 3166-1 alpha-3 code, e.g. {@code KHM}. */
public record CountryCode(String value) {

    private static final Set<String> ISO_ALPHA_3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    public CountryCode {
        if (value == null || !ISO_ALPHA_3.contains(value)) {
            throw new InvalidInputException("countryCode",
                    "must be an ISO 3166-1 alpha-3 country code such as KHM or COL");
        }
    }

    /** Accepts any letter case, since people type {@code khm} as often as {@code KHM}. */
    public static CountryCode parse(String raw) {
        return new CountryCode(raw == null ? null : raw.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
