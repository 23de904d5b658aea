package org.mineaction.meeting.meetings.web;

import java.time.Instant;
import java.time.ZoneId;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.web.ReaderZone;
import org.mineaction.meeting.shared.web.ReaderZone.LocalTimes;

/** A meeting in a list: what, when, and how many were invited and answered. */
record MeetingSummary(String id, String type, String title, String objective, String status, Instant startsAt,
        Instant endsAt, String timeZone, LocalTimes local, int agendaItems, int invited, int accepted, long version) {

    static MeetingSummary of(Versioned<Meeting> versioned, String requestedZone) {
        Meeting m = versioned.state();
        ZoneId zone = ReaderZone.of(requestedZone, m.schedule().timeZone());
        int accepted = (int) m.invitations().stream()
                .filter(i -> i.response() == org.mineaction.meeting.meetings.domain.RsvpResponse.ACCEPTED).count();
        return new MeetingSummary(m.id(), m.details().type().name(), m.details().title(),
                m.details().objective().name(), m.status().name(), m.schedule().startsAt(), m.schedule().endsAt(),
                m.schedule().timeZone(), ReaderZone.render(m.schedule().startsAt(), m.schedule().endsAt(), zone),
                m.agenda().size(), m.invitations().size(), accepted, versioned.version());
    }
}
