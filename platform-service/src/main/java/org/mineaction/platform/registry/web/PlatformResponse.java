package org.mineaction.platform.registry.web;

import java.time.Instant;
import java.util.List;
import org.mineaction.platform.registry.domain.Platform;

/** A platform as shown to callers: never its contact data. */
record PlatformResponse(String countryCode, String name, List<String> languages, String timeZone, String status,
        Instant registeredAt, String region, String leadOrganisationId, String secretariatOrganisationId,
        String cadence, String focusObjective, Long version) {

    static PlatformResponse of(Platform platform) {
        return new PlatformResponse(platform.country().value(), platform.name(), platform.languages().codes(),
                platform.timeZone().getId(), platform.status().name(), platform.registeredAt(),
                platform.region().name(), platform.leadOrganisationId(), platform.secretariatOrganisationId(),
                platform.cadence().name(), platform.focusObjective() == null ? null : platform.focusObjective().name(),
                platform.version());
    }
}
