package org.mineaction.reporting.platforms.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.messaging.TypedEventReader;
import org.mineaction.reporting.platforms.PlatformSummaries;
import org.mineaction.reporting.platforms.domain.PlatformSummary;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects platform events into the platform report. Failures follow the chassis policy: malformed
 * records go to the dead-letter topic at once, others after retries.
 */
@Component
class PlatformEventsListener {

    private final PlatformSummaries summaries;
    private final TypedEventReader events;

    PlatformEventsListener(PlatformSummaries summaries, JsonMapper jsonMapper) {
        this.summaries = summaries;
        this.events = new TypedEventReader(jsonMapper);
    }

    @KafkaListener(id = "platform-events", idIsGroup = false, topics = EventCatalogue.Topics.PLATFORM_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        // The topic carries every platform fact; the report does not need the others (yet).
        events.read(record, EventCatalogue.Type.PLATFORM_REGISTERED, PlatformRegistered.class).ifPresent(event -> {
            PlatformSummary summary = event.data().toSummary();
            event.requireSubject(summary.countryCode().value());
            summaries.registered(summary, event.stamp());
        });
    }
}
