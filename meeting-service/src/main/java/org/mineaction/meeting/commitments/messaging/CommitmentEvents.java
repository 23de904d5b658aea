package org.mineaction.meeting.commitments.messaging;

import java.time.Instant;
import java.util.List;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.meeting.commitments.domain.Commitment;
import org.springframework.stereotype.Component;

/** {@code commitment.recorded.v1}, again with the same id whenever the commitment is revised. */
@Component
public class CommitmentEvents {

    private final OutboxMessageFactory messages;

    CommitmentEvents(OutboxMessageFactory messages) {
        this.messages = messages;
    }

    public OutboxMessage recorded(Commitment c) {
        return messages.create(Topics.MEETING_EVENTS, Type.COMMITMENT_RECORDED, c.country(), new Recorded(c.id(),
                c.country(), c.donorOrganisationId(), c.donorName(), c.recipient(), c.objective().name(),
                c.type().name(), c.money().amount(), c.money().currency(), c.years(), c.challengeId(), c.meetingId(),
                c.recordedAt(), c.changedAt()));
    }

    record Recorded(String commitmentId, String countryCode, String donorOrganisationId, String donorName,
            String recipient, String objective, String type, String amount, String currency, List<Integer> years,
            String challengeId, String meetingId, Instant recordedAt, Instant occurredAt) {
    }
}
