package org.mineaction.meeting.meetings.persistence;

import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** A meeting as stored, with its pending events. */
@Document(MeetingDocument.COLLECTION)
public class MeetingDocument extends VersionedDocument<Meeting> {

    public static final String COLLECTION = "meetings";

    protected MeetingDocument() {
    }

    MeetingDocument(Meeting meeting, List<OutboxMessage> events) {
        super(meeting.id(), meeting.country(), meeting, events);
    }
}
