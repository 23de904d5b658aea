package org.mineaction.notification.invitation.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.messaging.TypedEventReader;
import org.mineaction.notification.invitation.InvitationMessages;
import org.mineaction.notification.invitation.domain.MemberInvitation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns member invitations read off the delivery topic into e-mails. Called by the topic's listener
 * (one consumer group for the platform's delivery facts, so a bad record is parked once); it only
 * queues, and failures follow the chassis policy (malformed records to the dead-letter topic at
 * once, others after retries).
 */
@Component
public class MemberInvitedHandler {

    private final InvitationMessages invitations;
    private final TypedEventReader events;

    MemberInvitedHandler(InvitationMessages invitations, JsonMapper jsonMapper) {
        this.invitations = invitations;
        this.events = new TypedEventReader(jsonMapper);
    }

    /** Handles the record when it is an invitation; any other type is left alone. */
    public void on(ConsumerRecord<String, String> record) {
        events.read(record, EventCatalogue.Type.MEMBER_INVITED_DELIVERY, MemberInvitedDelivery.class)
                .ifPresent(event -> {
                    MemberInvitation invitation = event.data().toInvitation();
                    event.requireSubject(invitation.countryCode());
                    invitations.memberInvited(invitation);
                });
    }
}
