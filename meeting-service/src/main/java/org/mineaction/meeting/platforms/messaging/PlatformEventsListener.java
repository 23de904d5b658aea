package org.mineaction.meeting.platforms.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.messaging.TypedEventReader;
import org.mineaction.meeting.platforms.KnownPlatforms;
import org.mineaction.meeting.platforms.domain.KnownPlatform;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the replica of known platforms. Failures follow the chassis policy: malformed records go
 * to the dead-letter topic at once, others after retries.
 */
@Component
class PlatformEventsListener {

    private final KnownPlatforms knownPlatforms;
    private final TypedEventReader events;

    PlatformEventsListener(KnownPlatforms knownPlatforms, JsonMapper jsonMapper) {
        this.knownPlatforms = knownPlatforms;
        this.events = new TypedEventReader(jsonMapper);
    }

    @KafkaListener(id = "platform-events", idIsGroup = false, topics = EventCatalogue.Topics.PLATFORM_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        // The topic carries every platform fact; meetings do not need the others (yet).
        events.read(record, EventCatalogue.Type.PLATFORM_REGISTERED, PlatformRegistered.class).ifPresent(event -> {
            KnownPlatform platform = event.data().toKnownPlatform();
            event.requireSubject(platform.countryCode().value());
            knownPlatforms.registered(platform, event.stamp());
        });
    }
}
