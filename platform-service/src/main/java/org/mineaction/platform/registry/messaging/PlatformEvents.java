package org.mineaction.platform.registry.messaging;

import java.time.Instant;
import java.util.List;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.platform.registry.domain.Platform;
import org.springframework.stereotype.Component;

/** What the rest of the suite is told when a platform changes, ready for the outbox. */
@Component
public class PlatformEvents {

    private final OutboxMessageFactory messages;

    PlatformEvents(OutboxMessageFactory messages) {
        this.messages = messages;
    }

    public List<OutboxMessage> registered(Platform platform) {
        String country = platform.country().value();
        return List.of(
                messages.create(Topics.PLATFORM_EVENTS, EventCatalogue.Type.PLATFORM_REGISTERED, country,
                        PlatformRegisteredV1.of(platform)),
                messages.create(Topics.PLATFORM_DELIVERY, EventCatalogue.Type.PLATFORM_REGISTERED_DELIVERY, country,
                        PlatformRegisteredDeliveryV1.of(platform)));
    }

    /** @param version the version the platform is stored at with this change */
    public List<OutboxMessage> updated(Platform platform, long version, Instant occurredAt) {
        return List.of(messages.create(Topics.PLATFORM_EVENTS, EventCatalogue.Type.PLATFORM_UPDATED,
                platform.country().value(), PlatformUpdatedV1.of(platform, version, occurredAt)));
    }
}
