package org.mineaction.meeting.platforms.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.meeting.platforms.domain.KnownPlatform;

/** The fields of {@code org.mineaction.platform.registered.v1} meetings need; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlatformRegistered(String countryCode, String name, List<String> languages, String timeZone) {

    KnownPlatform toKnownPlatform() {
        return new KnownPlatform(new CountryCode(countryCode), name, languages, timeZone);
    }
}
