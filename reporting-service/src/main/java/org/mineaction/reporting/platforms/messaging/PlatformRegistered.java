package org.mineaction.reporting.platforms.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.reporting.platforms.domain.PlatformSummary;

/** The fields of {@code org.mineaction.platform.registered.v1} the report shows; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlatformRegistered(String countryCode, String name, List<String> languages, String timeZone,
        Instant registeredAt) {

    PlatformSummary toSummary() {
        return new PlatformSummary(new CountryCode(countryCode), name, languages, timeZone, registeredAt);
    }
}
