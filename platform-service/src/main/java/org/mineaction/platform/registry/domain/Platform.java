package org.mineaction.platform.registry.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.platform.support.domain.Enums;

/**
 * A country's National Mine Action Platform: the forum its national authority leads. One per
 * country; the country code is its identity and the tenant of everything under it.
 *
 * @param contactEmail              who receives the welcome message and can be asked to set the platform up;
 *                                  personal data that never leaves this service except to deliver a message
 * @param region                    UN geoscheme region, derived from the country unless the lead set another
 * @param leadOrganisationId        the national authority or centre leading it; null until set
 * @param secretariatOrganisationId the secretariat or neutral facilitator; null until set
 * @param focusObjective            null until set
 * @param version                   the stored version it was read at (optimistic locking); null when new
 */
public record Platform(CountryCode country, String name, WorkingLanguages languages, ZoneId timeZone,
        String contactEmail, PlatformStatus status, Instant registeredAt, Region region, String leadOrganisationId,
        String secretariatOrganisationId, MeetingCadence cadence, FocusObjective focusObjective, Long version) {

    static final int MAX_NAME = 200;
    static final int MAX_ID = 64;
    // Deliberately simple: deliverability is proven by the welcome message, not by a regex.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public Platform {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        if (contactEmail == null || contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches()) {
            throw new InvalidInputException("contactEmail", "must be an e-mail address");
        }
        if (region == null) {
            throw new InvalidInputException("region", "no UN region is known for " + country + "; name one of "
                    + java.util.Arrays.toString(Region.values()));
        }
        name = name.strip();
        cadence = cadence == null ? MeetingCadence.DEFAULT : cadence;
    }

    /** Registers a new platform; it is active from the start, meets quarterly and sits in its country's region. */
    public static Platform register(String countryCode, String name, List<String> languages, String timeZone,
            String contactEmail, Instant now) {
        CountryCode country = CountryCode.parse(countryCode);
        return new Platform(country, name, new WorkingLanguages(languages), zone(timeZone),
                contactEmail == null ? null : contactEmail.strip(), PlatformStatus.ACTIVE, now,
                Region.of(country).orElse(null), null, null, MeetingCadence.DEFAULT, null, null);
    }

    /**
     * What the lead may change, as a client sends it. A missing cadence means quarterly, a missing
     * region the country's own, a missing status the current one; missing organisations or focus clear them.
     */
    public record Settings(String name, List<String> languages, String timeZone, String region,
            String leadOrganisationId, String secretariatOrganisationId, String cadence, String focusObjective,
            String status) {
    }

    /** The platform with new settings; country, contact, registration date and version stay. */
    public Platform withSettings(Settings settings) {
        Region newRegion = blank(settings.region()) ? Region.of(country).orElse(null)
                : Enums.parse(Region.class, "region", settings.region(), true);
        PlatformStatus newStatus = blank(settings.status()) ? status
                : Enums.parse(PlatformStatus.class, "status", settings.status(), true);
        return new Platform(country, settings.name(), new WorkingLanguages(settings.languages()),
                zone(settings.timeZone()), contactEmail, newStatus, registeredAt, newRegion,
                organisationId("leadOrganisationId", settings.leadOrganisationId()),
                organisationId("secretariatOrganisationId", settings.secretariatOrganisationId()),
                Enums.parse(MeetingCadence.class, "cadence", settings.cadence(), false),
                Enums.parse(FocusObjective.class, "focusObjective", settings.focusObjective(), false), version);
    }

    /** The organisations the settings name, for checking they take part in the platform. */
    public List<String> namedOrganisations() {
        return java.util.stream.Stream.of(leadOrganisationId, secretariatOrganisationId)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static String organisationId(String field, String raw) {
        if (blank(raw)) {
            return null;
        }
        if (raw.strip().length() > MAX_ID) {
            throw new InvalidInputException(field, "must name an organisation of the platform");
        }
        return raw.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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
