package org.mineaction.notification.welcome.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.delivery.domain.EmailAddress;

/** A platform that was just registered, and the contact to welcome in their language. */
public record PlatformWelcome(String countryCode, String platformName, List<String> languages, String timeZone,
        Instant registeredAt, EmailAddress contact, String contactLanguage) {

    public PlatformWelcome {
        if (!CountryCode.isWellFormed(countryCode)) {
            throw new InvalidInputException("countryCode", "must be an ISO 3166-1 alpha-3 code in capitals");
        }
        if (platformName == null || platformName.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        if (timeZone == null || timeZone.isBlank()) {
            throw new InvalidInputException("timeZone", "is required");
        }
        if (registeredAt == null) {
            throw new InvalidInputException("registeredAt", "is required");
        }
        Objects.requireNonNull(contact, "contact");
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
