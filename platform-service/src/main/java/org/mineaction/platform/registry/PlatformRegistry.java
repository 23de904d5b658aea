package org.mineaction.platform.registry;

import java.time.Clock;
import java.util.List;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.platform.registry.domain.Platform;
import org.mineaction.platform.registry.messaging.PlatformEvents;
import org.mineaction.platform.registry.persistence.PlatformDocument;
import org.mineaction.platform.registry.persistence.PlatformRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Registers national platforms and answers who is registered. */
@Service
public class PlatformRegistry {

    private final PlatformRepository platforms;
    private final PlatformEvents events;
    private final Clock clock;

    PlatformRegistry(PlatformRepository platforms, PlatformEvents events, Clock clock) {
        this.platforms = platforms;
        this.events = events;
        this.clock = clock;
    }

    public Platform register(String countryCode, String name, List<String> languages, String timeZone,
            String contactEmail) {
        Platform platform = Platform.register(countryCode, name, languages, timeZone, contactEmail, clock.instant());
        try {
            // The platform and its events are one document write: both are stored or neither is.
            platforms.insert(PlatformDocument.of(platform, events.registered(platform)));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("platform-already-registered",
                    "A platform is already registered for " + platform.country());
        }
        return platform;
    }

    public Platform get(String countryCode) {
        CountryCode country;
        try {
            country = CountryCode.parse(countryCode);
        } catch (InvalidInputException notACountry) {
            // A path that names no country names no platform either: 404, as for any unknown one.
            throw new NotFoundException("No platform is registered for that country code");
        }
        return platforms.findById(country.value()).map(PlatformDocument::toPlatform)
                .orElseThrow(() -> new NotFoundException("No platform is registered for " + country));
    }

    public List<Platform> all() {
        return platforms.findAll(Sort.by("_id")).stream().map(PlatformDocument::toPlatform).toList();
    }
}
