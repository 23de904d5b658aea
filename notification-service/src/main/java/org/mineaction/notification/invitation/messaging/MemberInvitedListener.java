package org.mineaction.notification.invitation.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.messaging.TypedEventReader;
import org.mineaction.notification.invitation.InvitationMessages;
import org.mineaction.notification.invitation.domain.MemberInvitation;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns member invitations into e-mails. A further reader of the delivery topic in this service, so
 * in a consumer group of its own ({@code notification-service.invitation}, see docs/architecture.md):
 * it sees every partition and its offsets are independent of the welcome's. It only queues; failures
 * follow the chassis policy (malformed records to the dead-letter topic at once, others after retries).
 */
@Component
class MemberInvitedListener {

    private final InvitationMessages invitations;
    private final TypedEventReader events;

    MemberInvitedListener(InvitationMessages invitations, JsonMapper jsonMapper) {
        this.invitations = invitations;
        this.events = new TypedEventReader(jsonMapper);
    }

    /** Other delivery facts are passed over. */
    @KafkaListener(id = "member-invited", groupId = "${spring.application.name}.invitation",
            topics = EventCatalogue.Topics.PLATFORM_DELIVERY)
    void on(ConsumerRecord<String, String> record) {
        events.read(record, EventCatalogue.Type.MEMBER_INVITED_DELIVERY, MemberInvitedDelivery.class)
                .ifPresent(event -> {
                    MemberInvitation invitation = event.data().toInvitation();
                    event.requireSubject(invitation.countryCode());
                    invitations.memberInvited(invitation);
                });
    }
}
