package org.mineaction.meeting.platforms.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.cloudevents.MalformedEventException;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.meeting.platforms.KnownPlatforms;
import org.mineaction.meeting.platforms.domain.KnownPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the replica of known platforms. Failures follow the chassis policy: malformed records go
 * to the dead-letter topic at once, others after retries.
 */
@Component
class PlatformEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PlatformEventsListener.class);

    private final KnownPlatforms knownPlatforms;
    private final JsonMapper jsonMapper;

    PlatformEventsListener(KnownPlatforms knownPlatforms, JsonMapper jsonMapper) {
        this.knownPlatforms = knownPlatforms;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = "platform-events", idIsGroup = false, topics = EventCatalogue.Topics.PLATFORM_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!EventCatalogue.Type.PLATFORM_REGISTERED.ceType().equals(event.type())) {
            // The topic carries every platform fact; meetings do not need the others (yet).
            log.debug("Skipping event {} of type {}", event.id(), event.type());
            return;
        }
        KnownPlatform platform = jsonMapper.readValue(event.data(), PlatformRegistered.class).toKnownPlatform();
        if (event.subject() != null && !event.subject().equals(platform.countryCode().value())) {
            throw new MalformedEventException("Event " + event.id() + " is about " + event.subject()
                    + " but its data about " + platform.countryCode());
        }
        knownPlatforms.registered(platform, new EventStamp(event.time(), event.id()));
    }
}
