package org.mineaction.reporting.members.messaging;

import java.util.EnumSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.messaging.TypedEvent;
import org.mineaction.chassis.messaging.TypedEventReader;
import org.mineaction.reporting.members.MemberParticipation;
import org.mineaction.reporting.members.domain.Participant;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the per-member categories the participation report counts, from the public platform events.
 *
 * <p>It consumes in a group of its own ({@code reporting-service.members}): in the service's group it
 * would share the topic's partitions with the platforms listener and each would see only part of
 * the events. So this projection keeps its own offsets and can be rebuilt alone, at the price that
 * a record which is no CloudEvent at all is parked by each group that reads it. Failures follow the
 * chassis policy: malformed records go to the dead-letter topic at once, others after retries.
 */
@Component
class MemberEventsListener {

    /** The member facts: one data shape for all four. */
    static final Set<EventCatalogue.Type> MEMBER_FACTS = EnumSet.of(EventCatalogue.Type.MEMBER_JOINED,
            EventCatalogue.Type.MEMBER_UPDATED, EventCatalogue.Type.MEMBER_LEFT, EventCatalogue.Type.MEMBER_ERASED);

    private final MemberParticipation participation;
    private final TypedEventReader events;

    MemberEventsListener(MemberParticipation participation, JsonMapper jsonMapper) {
        this.participation = participation;
        this.events = new TypedEventReader(jsonMapper);
    }

    @KafkaListener(id = "member-events", groupId = "${spring.application.name}.members",
            topics = EventCatalogue.Topics.PLATFORM_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        events.read(record, MEMBER_FACTS, MemberFact.class).ifPresent(event -> {
            Participant participant = event.data().toParticipant();
            event.requireSubject(participant.countryCode().value());
            if (isErasure(event)) {
                participation.erased(participant, event.stamp());
            } else {
                participation.apply(participant, event.stamp());
            }
        });
    }

    private static boolean isErasure(TypedEvent<?> event) {
        return EventCatalogue.Type.MEMBER_ERASED.ceType().equals(event.envelope().type());
    }
}
