package org.mineaction.notification.recipients.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.messaging.TypedEvent;
import org.mineaction.notification.recipients.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the recipient directory from the member delivery events.
 *
 * <p>It consumes in a group of its own ({@code notification-service.recipients}): in the service's
 * group it would share the topic's partitions with the other delivery listeners and each would see
 * only part of the events. The directory thus keeps its own offsets and can be rebuilt alone, at the
 * price that a record which is no CloudEvent at all is parked by each group that reads it. Failures
 * follow the chassis policy: malformed records go to the dead-letter topic at once, others after
 * retries.
 */
@Component
class MemberDeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(MemberDeliveryListener.class);

    private final Recipients recipients;
    private final JsonMapper jsonMapper;

    MemberDeliveryListener(Recipients recipients, JsonMapper jsonMapper) {
        this.recipients = recipients;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = "member-delivery", groupId = "${spring.application.name}.recipients",
            topics = EventCatalogue.Topics.PLATFORM_DELIVERY)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvent envelope = IncomingEvent.from(record);
        EventCatalogue.Type type = memberTypeOf(envelope.type());
        if (type == null) {
            log.debug("Skipping event {} of type {}: not a member fact", envelope.id(), envelope.type());
            return;
        }
        TypedEvent<MemberDelivery> event = new TypedEvent<>(envelope,
                jsonMapper.readValue(envelope.data(), MemberDelivery.class));
        MemberDelivery data = event.data();
        event.requireSubject(data.country().value());
        switch (type) {
            case MEMBER_JOINED_DELIVERY, MEMBER_UPDATED_DELIVERY -> recipients.reachable(data.toRecipient(), event.stamp());
            case MEMBER_LEFT_DELIVERY -> recipients.left(data.memberId(), data.country(), event.stamp());
            case MEMBER_ERASED_DELIVERY -> recipients.erased(data.memberId(), data.country(), event.stamp());
            default -> throw new IllegalStateException("Not a member delivery type: " + type);
        }
    }

    private static EventCatalogue.Type memberTypeOf(String ceType) {
        for (EventCatalogue.Type type : new EventCatalogue.Type[] {EventCatalogue.Type.MEMBER_JOINED_DELIVERY,
                EventCatalogue.Type.MEMBER_UPDATED_DELIVERY, EventCatalogue.Type.MEMBER_LEFT_DELIVERY,
                EventCatalogue.Type.MEMBER_ERASED_DELIVERY}) {
            if (type.ceType().equals(ceType)) {
                return type;
            }
        }
        return null;
    }
}
