package org.mineaction.platform.registry.messaging;

import java.time.Instant;
import java.util.List;
import org.mineaction.platform.registry.domain.Platform;

/** Public fact for every service: no contact data (schema platform-registered.v1.json). */
public record PlatformRegisteredV1(String countryCode, String name, List<String> languages, String timeZone,
        Instant registeredAt, String region, String cadence, String status) {

    public static PlatformRegisteredV1 of(Platform platform) {
        return new PlatformRegisteredV1(platform.country().value(), platform.name(), platform.languages().codes(),
                platform.timeZone().getId(), platform.registeredAt(), platform.region().name(),
                platform.cadence().name(), platform.status().name());
    }
}
