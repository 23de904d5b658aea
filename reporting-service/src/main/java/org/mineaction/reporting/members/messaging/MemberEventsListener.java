package org.mineaction.reporting.members.messaging;

import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.messaging.TypedEvent;
import org.mineaction.reporting.members.MemberParticipation;
import org.mineaction.reporting.members.domain.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(MemberEventsListener.class);

    static final String ERASED = EventCatalogue.Type.MEMBER_ERASED.ceType();
    static final Set<String> MEMBER_FACTS = Set.of(EventCatalogue.Type.MEMBER_JOINED.ceType(),
            EventCatalogue.Type.MEMBER_UPDATED.ceType(), EventCatalogue.Type.MEMBER_LEFT.ceType(), ERASED);

    private final MemberParticipation participation;
    private final JsonMapper jsonMapper;

    MemberEventsListener(MemberParticipation participation, JsonMapper jsonMapper) {
        this.participation = participation;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = "member-events", groupId = "${spring.application.name}.members",
            topics = EventCatalogue.Topics.PLATFORM_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvent envelope = IncomingEvent.from(record);
        if (!MEMBER_FACTS.contains(envelope.type())) {
            log.debug("Skipping event {} of type {}: not a member fact", envelope.id(), envelope.type());
            return;
        }
        TypedEvent<MemberFact> event = new TypedEvent<>(envelope, jsonMapper.readValue(envelope.data(),
                MemberFact.class));
        Participant participant = event.data().toParticipant();
        event.requireSubject(participant.countryCode().value());
        if (ERASED.equals(envelope.type())) {
            participation.erased(participant, event.stamp());
        } else {
            participation.apply(participant, event.stamp());
        }
    }
}
