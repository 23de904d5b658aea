package org.mineaction.meeting.members.messaging;

import java.util.EnumSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.messaging.TypedEvent;
import org.mineaction.chassis.messaging.TypedEventReader;
import org.mineaction.meeting.members.KnownMembers;
import org.mineaction.meeting.members.domain.KnownMember;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the replica of known members from the public platform events.
 *
 * <p>It consumes in a group of its own ({@code meeting-service.members}): in the service's group it
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

    private final KnownMembers knownMembers;
    private final TypedEventReader events;

    MemberEventsListener(KnownMembers knownMembers, JsonMapper jsonMapper) {
        this.knownMembers = knownMembers;
        this.events = new TypedEventReader(jsonMapper);
    }

    @KafkaListener(id = "member-events", groupId = "${spring.application.name}.members",
            topics = EventCatalogue.Topics.PLATFORM_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        events.read(record, MEMBER_FACTS, MemberFact.class).ifPresent(event -> {
            KnownMember member = isErasure(event) ? event.data().toErasedMember() : event.data().toKnownMember();
            event.requireSubject(member.countryCode().value());
            knownMembers.apply(member, event.stamp());
        });
    }

    private static boolean isErasure(TypedEvent<?> event) {
        return EventCatalogue.Type.MEMBER_ERASED.ceType().equals(event.envelope().type());
    }
}
