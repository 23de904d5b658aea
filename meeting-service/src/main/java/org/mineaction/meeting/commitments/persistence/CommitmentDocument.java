package org.mineaction.meeting.commitments.persistence;

import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.commitments.domain.Commitment;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** A commitment as stored, with its pending events. */
@Document(CommitmentDocument.COLLECTION)
public class CommitmentDocument extends VersionedDocument<Commitment> {

    public static final String COLLECTION = "commitments";

    protected CommitmentDocument() {
    }

    CommitmentDocument(Commitment commitment, List<OutboxMessage> events) {
        super(commitment.id(), commitment.country(), commitment, events);
    }
}
