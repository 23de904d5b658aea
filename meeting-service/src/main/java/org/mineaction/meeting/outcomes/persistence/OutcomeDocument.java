package org.mineaction.meeting.outcomes.persistence;

import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.outcomes.domain.Outcome;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** An outcome as stored, with its pending events. */
@Document(OutcomeDocument.COLLECTION)
public class OutcomeDocument extends VersionedDocument<Outcome> {

    public static final String COLLECTION = "outcomes";

    protected OutcomeDocument() {
    }

    OutcomeDocument(Outcome outcome, List<OutboxMessage> events) {
        super(outcome.id(), outcome.country(), outcome, events);
    }
}
