package org.mineaction.meeting.outcomes.messaging;

import java.time.Instant;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.meeting.outcomes.domain.Outcome;
import org.springframework.stereotype.Component;

/** {@code org.mineaction.meeting.outcome.recorded.v1}: no free text, the topic key to count recurrences. */
@Component
public class OutcomeEvents {

    private final OutboxMessageFactory messages;

    OutcomeEvents(OutboxMessageFactory messages) {
        this.messages = messages;
    }

    public OutboxMessage recorded(Outcome outcome) {
        return messages.create(Topics.MEETING_EVENTS, Type.MEETING_OUTCOME_RECORDED, outcome.country(),
                new Recorded(outcome.id(), outcome.meetingId(), outcome.country(), outcome.kind().name(),
                        outcome.objective().name(), outcome.topicKey(), outcome.carriedToArticle7(),
                        outcome.recordedAt(), outcome.changedAt()));
    }

    record Recorded(String outcomeId, String meetingId, String countryCode, String kind, String objective,
            String topicKey, boolean carriedToArticle7, Instant recordedAt, Instant occurredAt) {
    }
}
