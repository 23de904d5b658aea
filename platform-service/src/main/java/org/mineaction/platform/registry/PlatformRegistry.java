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
import org.mineaction.platform.support.persistence.OptimisticLocking;
import org.mineaction.platform.support.persistence.OutboxWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Registers national platforms and answers who is registered. */
@Service
public class PlatformRegistry {

    private final PlatformRepository platforms;
    private final PlatformEvents events;
    private final OutboxWrites writes;
    private final ObjectProvider<OrganisationDirectory> organisations;
    private final Clock clock;

    PlatformRegistry(PlatformRepository platforms, PlatformEvents events, OutboxWrites writes,
            ObjectProvider<OrganisationDirectory> organisations, Clock clock) {
        this.platforms = platforms;
        this.events = events;
        this.writes = writes;
        this.organisations = organisations;
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
        writes.nudge();
        return get(platform.country().value());
    }

    /**
     * Replaces the platform's settings, provided nobody changed it since {@code version} was read
     * (409 otherwise), and tells every service (PlatformUpdated). Named organisations must take part
     * in the platform. Settings equal to the current ones change nothing and tell nobody.
     */
    public Platform updateSettings(String countryCode, Long version, Platform.Settings settings) {
        Platform current = get(countryCode);
        Platform changed = current.withSettings(settings);
        requireTakesPart(changed, "leadOrganisationId", changed.leadOrganisationId());
        requireTakesPart(changed, "secretariatOrganisationId", changed.secretariatOrganisationId());
        OptimisticLocking.require(version, current.version());
        if (changed.equals(current)) {
            return current;
        }
        writes.update(current.country().value(), current.version(), PlatformDocument.of(changed, List.of()),
                events.updated(changed, current.version() + 1, clock.instant()), null);
        return get(countryCode);
    }

    private void requireTakesPart(Platform platform, String field, String organisationId) {
        if (organisationId != null && !organisations.getObject().takesPart(platform.country(), organisationId)) {
            throw new InvalidInputException(field, "names no organisation of this platform");
        }
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
