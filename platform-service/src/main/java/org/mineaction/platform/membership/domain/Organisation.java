package org.mineaction.platform.membership.domain;

import org.mineaction.platform.support.domain.Enums;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * An organisation taking part in a country's platform: a ministry, a donor state, an NGO...
 *
 * @param country         the platform it belongs to (the tenant)
 * @param countryOfOrigin where it comes from, e.g. NOR for a Norwegian NGO; optional
 */
public record Organisation(String id, CountryCode country, String name, StakeholderCategory category,
        CountryCode countryOfOrigin, Instant createdAt, Long version) {

    public static final int MAX_NAME = 200;

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        if (category == null) {
            throw new InvalidInputException("category", "must be one of " + java.util.Arrays.toString(StakeholderCategory.values()));
        }
    }

    public static Organisation create(CountryCode country, String name, String category, String countryOfOrigin,
            Instant now) {
        return new Organisation(UUID.randomUUID().toString(), country, name, category(category),
                origin(countryOfOrigin), now, null);
    }

    public Organisation renamed(String newName, String newCategory, String newCountryOfOrigin) {
        return new Organisation(id, country, newName, category(newCategory), origin(newCountryOfOrigin), createdAt,
                version);
    }

    /** The form names are compared in, so "UNDP" and "undp " are one organisation. */
    public static String nameKey(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static StakeholderCategory category(String raw) {
        return Enums.parse(StakeholderCategory.class, "category", raw, true);
    }

    private static CountryCode origin(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return CountryCode.parse(raw);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("countryOfOrigin", "must be an ISO 3166-1 alpha-3 country code such as NOR");
        }
    }
}
