package org.mineaction.meeting.minutes.persistence;

import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.minutes.domain.Minutes;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** The minutes of a meeting as stored (id = the meeting's), with pending events. */
@Document(MinutesDocument.COLLECTION)
public class MinutesDocument extends VersionedDocument<Minutes> {

    public static final String COLLECTION = "minutes";

    protected MinutesDocument() {
    }

    MinutesDocument(Minutes minutes, List<OutboxMessage> events) {
        super(minutes.meetingId(), minutes.country(), minutes, events);
    }
}
