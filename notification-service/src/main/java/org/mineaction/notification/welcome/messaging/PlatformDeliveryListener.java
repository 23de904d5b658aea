package org.mineaction.notification.welcome.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.cloudevents.MalformedEventException;
import org.mineaction.notification.welcome.WelcomeMessages;
import org.mineaction.notification.welcome.domain.PlatformWelcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns platform registrations into welcome e-mails. It only queues them, so a slow or absent mail
 * server never holds up the topic; failures follow the chassis policy (malformed records go to the
 * dead-letter topic at once, others after retries).
 */
@Component
class PlatformDeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(PlatformDeliveryListener.class);

    private final WelcomeMessages welcomes;
    private final JsonMapper jsonMapper;

    PlatformDeliveryListener(WelcomeMessages welcomes, JsonMapper jsonMapper) {
        this.welcomes = welcomes;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = "platform-delivery", idIsGroup = false, topics = EventCatalogue.Topics.PLATFORM_DELIVERY)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!EventCatalogue.Type.PLATFORM_REGISTERED_DELIVERY.ceType().equals(event.type())) {
            log.debug("Skipping event {} of type {}: no message for it", event.id(), event.type());
            return;
        }
        PlatformWelcome welcome = jsonMapper.readValue(event.data(), PlatformRegisteredDelivery.class).toWelcome();
        if (event.subject() != null && !event.subject().equals(welcome.countryCode())) {
            throw new MalformedEventException("Event " + event.id() + " is about " + event.subject()
                    + " but its data about " + welcome.countryCode());
        }
        welcomes.platformRegistered(welcome);
    }
}
