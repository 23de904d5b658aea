package org.mineaction.reporting.platforms.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * What the ISU sees of one country's platform: public facts only, never a member's or a
 * contact's personal data.
 */
public record PlatformSummary(CountryCode countryCode, String name, List<String> languages, String timeZone,
        Instant registeredAt) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_NAME_LENGTH = 200;

    public PlatformSummary {
        Objects.requireNonNull(countryCode, "countryCode");
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (languages == null || languages.isEmpty()
                || !languages.stream().allMatch(l -> l != null && LANGUAGE.matcher(l).matches())) {
            throw new InvalidInputException("languages", "must list at least one ISO 639 language code");
        }
        if (timeZone == null || timeZone.isBlank()) {
            throw new InvalidInputException("timeZone", "is required");
        }
        if (registeredAt == null) {
            throw new InvalidInputException("registeredAt", "is required");
        }
        languages = List.copyOf(languages);
    }
}
