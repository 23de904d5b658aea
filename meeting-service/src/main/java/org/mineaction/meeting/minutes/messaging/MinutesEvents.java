package org.mineaction.meeting.minutes.messaging;

import java.time.Instant;
import java.util.List;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.minutes.domain.Minutes;
import org.springframework.stereotype.Component;

/** The minutes workflow's events: submitted, returned, approved (= circulate). */
@Component
public class MinutesEvents {

    private final OutboxMessageFactory messages;

    MinutesEvents(OutboxMessageFactory messages) {
        this.messages = messages;
    }

    public OutboxMessage submitted(Minutes minutes, Instant at) {
        return messages.create(Topics.MEETING_EVENTS, Type.MEETING_MINUTES_SUBMITTED, minutes.country(),
                new Submitted(minutes.meetingId(), minutes.country(), minutes.version(), minutes.submittedBy(), at, at));
    }

    public OutboxMessage returned(Minutes minutes, String by, Instant at) {
        return messages.create(Topics.MEETING_EVENTS, Type.MEETING_MINUTES_RETURNED, minutes.country(),
                new Returned(minutes.meetingId(), minutes.country(), minutes.version(), minutes.submittedBy(), by,
                        minutes.comments().size(), at, at));
    }

    public OutboxMessage approved(Minutes minutes, Meeting meeting, List<String> recipients, int decisions,
            int actionPoints) {
        return messages.create(Topics.MEETING_EVENTS, Type.MEETING_MINUTES_APPROVED, minutes.country(),
                new Approved(minutes.meetingId(), minutes.country(), minutes.version(), meeting.details().title(),
                        meeting.details().confidentiality().name(), meeting.heldAt(), meeting.schedule().timeZone(),
                        minutes.approvedBy(), minutes.approvedAt(), recipients, decisions, actionPoints,
                        "/api/v1/platforms/" + minutes.country() + "/meetings/" + minutes.meetingId()
                                + "/minutes/pdf", minutes.approvedAt()));
    }

    record Submitted(String meetingId, String countryCode, int version, String submittedBy, Instant submittedAt,
            Instant occurredAt) {
    }

    record Returned(String meetingId, String countryCode, int version, String submittedBy, String returnedBy,
            int commentCount, Instant returnedAt, Instant occurredAt) {
    }

    record Approved(String meetingId, String countryCode, int version, String title, String confidentiality,
            Instant heldAt, String timeZone, String approvedBy, Instant approvedAt, List<String> recipients,
            int decisionCount, int actionPointCount, String minutesPdfPath, Instant occurredAt) {
    }
}
