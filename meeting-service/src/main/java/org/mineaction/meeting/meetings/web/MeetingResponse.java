package org.mineaction.meeting.meetings.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.mineaction.meeting.meetings.domain.AgendaItem;
import org.mineaction.meeting.meetings.domain.Guest;
import org.mineaction.meeting.meetings.domain.Invitation;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.web.ReaderZone;
import org.mineaction.meeting.shared.web.ReaderZone.LocalTimes;

/** A meeting as the API shows it: instants, the meeting's zone, and the times in the reader's zone. */
record MeetingResponse(String id, String country, String type, String title, String objective,
        String confidentiality, String status, int sequence, Instant startsAt, Instant endsAt, String timeZone,
        LocalTimes local, String place, String onlineLink, List<AgendaItem> agenda, List<Invitation> invitations,
        AttendanceView attendance, List<Move> history, String cancelReason, Instant createdAt, Instant scheduledAt,
        Instant heldAt, Instant cancelledAt, long version) {

    record AttendanceView(List<String> memberIds, List<Guest> guests, Instant recordedAt) {
    }

    /** A reschedule: where the meeting was before it moved. */
    record Move(Instant previousStartsAt, Instant previousEndsAt, String previousTimeZone, String previousPlace,
            int sequence, Instant changedAt, String changedBy) {
    }

    static MeetingResponse of(Versioned<Meeting> versioned, ZoneId readerZone) {
        Meeting m = versioned.state();
        AttendanceView attendance = m.attendance() == null ? null : new AttendanceView(m.attendance().memberIds(),
                m.attendance().guests(), m.attendance().recordedAt());
        List<Move> history = m.history().stream().map(change -> new Move(change.previous().startsAt(),
                change.previous().endsAt(), change.previous().timeZone(), change.previous().place(),
                change.sequence(), change.changedAt(), change.changedBy())).toList();
        return new MeetingResponse(m.id(), m.country(), m.details().type().name(), m.details().title(),
                m.details().objective().name(), m.details().confidentiality().name(), m.status().name(),
                m.sequence(), m.schedule().startsAt(), m.schedule().endsAt(), m.schedule().timeZone(),
                ReaderZone.render(m.schedule().startsAt(), m.schedule().endsAt(), readerZone), m.schedule().place(),
                m.schedule().onlineLink(), m.agenda(), m.invitations(), attendance, history, m.cancelReason(),
                m.createdAt(), m.scheduledAt(), m.heldAt(), m.cancelledAt(), versioned.version());
    }
}
