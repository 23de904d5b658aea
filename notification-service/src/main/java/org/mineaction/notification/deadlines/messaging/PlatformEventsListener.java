package org.mineaction.notification.deadlines.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.messaging.TypedEvent;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.deadlines.Article7Reminders;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads platform-service's public events in a group of its own ({@code notification-service.deadlines}):
 * any fact about a platform makes its Article 7 deadline known here (scheduled once), and a submitted
 * report stops that year's reminders. Failures follow the chassis policy (dead-letter topic).
 */
@Component
class PlatformEventsListener {

    private static final String ARTICLE7_SUBMITTED = "org.mineaction.platform.article7.submitted.v1";
    private static final String OBLIGATION_CHANGED = "org.mineaction.platform.obligation.changed.v1";

    private final Article7Reminders reminders;
    private final JsonMapper jsonMapper;

    PlatformEventsListener(Article7Reminders reminders, JsonMapper jsonMapper) {
        this.reminders = reminders;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = "platform-deadlines", groupId = "${spring.application.name}.deadlines",
            topics = EventCatalogue.Topics.PLATFORM_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvent envelope = IncomingEvent.from(record);
        TypedEvent<PlatformEventData> event = new TypedEvent<>(envelope,
                jsonMapper.readValue(envelope.data(), PlatformEventData.class));
        PlatformEventData data = event.data();
        String country = data.countryCode() != null ? data.countryCode() : envelope.subject();
        if (country == null) {
            throw new InvalidInputException("countryCode", "is required");
        }
        country = new CountryCode(country).value();
        event.requireSubject(country);
        if (ARTICLE7_SUBMITTED.equals(envelope.type())) {
            if (data.reportYear() == null) {
                throw new InvalidInputException("reportYear", "is required");
            }
            reminders.reportSubmitted(country, data.reportYear());
        } else if (OBLIGATION_CHANGED.equals(envelope.type()) && data.article7Submitted()) {
            reminders.reportSubmitted(country, data.reportYear());
        } else {
            reminders.platformKnown(country);
        }
    }
}
