package org.mineaction.meeting.actions.persistence;

import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.actions.domain.ActionPoint;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** An action point as stored, with its pending events. */
@Document(ActionPointDocument.COLLECTION)
public class ActionPointDocument extends VersionedDocument<ActionPoint> {

    public static final String COLLECTION = "action_points";

    protected ActionPointDocument() {
    }

    ActionPointDocument(ActionPoint actionPoint, List<OutboxMessage> events) {
        super(actionPoint.id(), actionPoint.country(), actionPoint, events);
    }
}
