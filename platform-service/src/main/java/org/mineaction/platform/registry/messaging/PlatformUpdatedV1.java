package org.mineaction.platform.registry.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.mineaction.platform.registry.domain.Platform;

/** A platform's full current settings, for every service: no contact data (schema platform-updated.v1.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlatformUpdatedV1(String countryCode, String name, List<String> languages, String timeZone,
        String region, String leadOrganisationId, String secretariatOrganisationId, String cadence,
        String focusObjective, String status, long version, Instant occurredAt) {

    /** @param version the version the platform is stored at with this change */
    public static PlatformUpdatedV1 of(Platform platform, long version, Instant occurredAt) {
        return new PlatformUpdatedV1(platform.country().value(), platform.name(), platform.languages().codes(),
                platform.timeZone().getId(), platform.region().name(), platform.leadOrganisationId(),
                platform.secretariatOrganisationId(), platform.cadence().name(),
                platform.focusObjective() == null ? null : platform.focusObjective().name(), platform.status().name(),
                version, occurredAt);
    }
}
