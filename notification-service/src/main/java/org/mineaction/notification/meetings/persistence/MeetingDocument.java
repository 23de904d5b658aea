package org.mineaction.notification.meetings.persistence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineaction.notification.meetings.domain.Meeting;
import org.mineaction.notification.meetings.domain.MeetingStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A meeting, one document per country and meeting id. No contact data: invitees by member id. */
@Document(MeetingDocument.COLLECTION)
record MeetingDocument(@Id String id, String countryCode, String meetingId, String title, Instant start,
        Instant end, String zone, String location, int sequence, MeetingStatus status, Map<String, String> invitees,
        List<String> declined, Instant heldAt, boolean minutesSubmitted) {

    static final String COLLECTION = "meetings";

    static String idOf(String countryCode, String meetingId) {
        return countryCode + "/" + meetingId;
    }

    static MeetingDocument of(Meeting m) {
        return new MeetingDocument(idOf(m.countryCode(), m.meetingId()), m.countryCode(), m.meetingId(), m.title(),
                m.start(), m.end(), m.zone() == null ? null : m.zone().getId(), m.location(), m.sequence(), m.status(),
                m.invitees(), List.copyOf(m.declined()), m.heldAt(), m.minutesSubmitted());
    }

    Meeting toMeeting() {
        return new Meeting(countryCode, meetingId, title, start, end, zone == null ? null : ZoneId.of(zone), location,
                sequence, status, invitees, declined == null ? Set.of() : Set.copyOf(declined), heldAt,
                minutesSubmitted);
    }
}
