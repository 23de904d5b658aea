package org.mineaction.platform.registry.messaging;

import java.time.Instant;
import java.util.List;
import org.mineaction.platform.registry.domain.Platform;

/**
 * The same fact with the contact to welcome, for notification-service only
 * (schema platform-registered-delivery.v1.json).
 */
public record PlatformRegisteredDeliveryV1(String countryCode, String name, List<String> languages,
        String timeZone, Instant registeredAt, Contact contact) {

    public record Contact(String email, String language) {
    }

    public static PlatformRegisteredDeliveryV1 of(Platform platform) {
        return new PlatformRegisteredDeliveryV1(platform.country().value(), platform.name(),
                platform.languages().codes(), platform.timeZone().getId(), platform.registeredAt(),
                new Contact(platform.contactEmail(), platform.languages().primary()));
    }
}
