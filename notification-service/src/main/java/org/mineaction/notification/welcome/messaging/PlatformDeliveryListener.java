package org.mineaction.notification.welcome.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.messaging.TypedEventReader;
import org.mineaction.notification.welcome.WelcomeMessages;
import org.mineaction.notification.welcome.domain.PlatformWelcome;
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

    private final WelcomeMessages welcomes;
    private final TypedEventReader events;

    PlatformDeliveryListener(WelcomeMessages welcomes, JsonMapper jsonMapper) {
        this.welcomes = welcomes;
        this.events = new TypedEventReader(jsonMapper);
    }

    @KafkaListener(id = "platform-delivery", idIsGroup = false, topics = EventCatalogue.Topics.PLATFORM_DELIVERY)
    void on(ConsumerRecord<String, String> record) {
        // Other delivery facts need no message (yet).
        events.read(record, EventCatalogue.Type.PLATFORM_REGISTERED_DELIVERY, PlatformRegisteredDelivery.class)
                .ifPresent(event -> {
                    PlatformWelcome welcome = event.data().toWelcome();
                    event.requireSubject(welcome.countryCode());
                    welcomes.platformRegistered(welcome);
                });
    }
}
