package org.mineaction.platform.registry.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * A country's National Mine Action Platform: the forum its national authority leads. One per
 * country; the country code is its identity and the tenant of everything under it.
 *
 * @param contactEmail who receives the welcome message and can be asked to set the platform up;
 *                     personal data that never leaves this service except to deliver a message
 */
public record Platform(CountryCode country, String name, WorkingLanguages languages, ZoneId timeZone,
        String contactEmail, PlatformStatus status, Instant registeredAt) {

    static final int MAX_NAME = 200;
    // Deliberately simple: deliverability is proven by the welcome message, not by a regex.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public Platform {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        if (contactEmail == null || contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches()) {
            throw new InvalidInputException("contactEmail", "must be an e-mail address");
        }
        name = name.strip();
    }

    /** Registers a new platform; it is active from the start. */
    public static Platform register(String countryCode, String name, java.util.List<String> languages,
            String timeZone, String contactEmail, Instant now) {
        return new Platform(CountryCode.parse(countryCode), name, new WorkingLanguages(languages),
                zone(timeZone), contactEmail == null ? null : contactEmail.strip(), PlatformStatus.ACTIVE, now);
    }

    private static ZoneId zone(String timeZone) {
        try {
            if (timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone)) {
                throw new DateTimeException(timeZone);
            }
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "must be an IANA time zone such as Asia/Phnom_Penh");
        }
    }
}
