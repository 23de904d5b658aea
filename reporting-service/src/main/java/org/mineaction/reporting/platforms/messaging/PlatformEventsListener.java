package org.mineaction.reporting.platforms.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.cloudevents.MalformedEventException;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.reporting.platforms.PlatformSummaries;
import org.mineaction.reporting.platforms.domain.PlatformSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects platform events into the platform report. Failures follow the chassis policy: malformed
 * records go to the dead-letter topic at once, others after retries.
 */
@Component
class PlatformEventsListener {

    private static final Logger log = LoggerFactory.getLogger(PlatformEventsListener.class);

    private final PlatformSummaries summaries;
    private final JsonMapper jsonMapper;

    PlatformEventsListener(PlatformSummaries summaries, JsonMapper jsonMapper) {
        this.summaries = summaries;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = "platform-events", idIsGroup = false, topics = EventCatalogue.Topics.PLATFORM_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!EventCatalogue.Type.PLATFORM_REGISTERED.ceType().equals(event.type())) {
            // The topic carries every platform fact; the report does not need the others (yet).
            log.debug("Skipping event {} of type {}", event.id(), event.type());
            return;
        }
        PlatformSummary summary = jsonMapper.readValue(event.data(), PlatformRegistered.class).toSummary();
        if (event.subject() != null && !event.subject().equals(summary.countryCode().value())) {
            throw new MalformedEventException("Event " + event.id() + " is about " + event.subject()
                    + " but its data about " + summary.countryCode());
        }
        summaries.registered(summary, new EventStamp(event.time(), event.id()));
    }
}
