package org.mineaction.meeting.meetings.web;

import java.time.Instant;
import java.util.List;
import org.mineaction.meeting.meetings.domain.AgendaItem;
import org.mineaction.meeting.meetings.domain.Confidentiality;
import org.mineaction.meeting.meetings.domain.MeetingDetails;
import org.mineaction.meeting.meetings.domain.MeetingType;
import org.mineaction.meeting.meetings.domain.Schedule;
import org.mineaction.meeting.shared.domain.Objective;

/**
 * What a client sends to create or change a meeting; only these fields are read.
 *
 * @param schedule on creation: schedule it at once (publishes MeetingScheduled) rather than keep a draft
 * @param version  on change: the version it is based on, when no If-Match header is sent
 */
record MeetingRequest(MeetingType type, String title, Objective objective, Confidentiality confidentiality,
        Instant startsAt, Instant endsAt, String timeZone, String place, String onlineLink,
        List<AgendaItemRequest> agenda, Boolean schedule, Long version) {

    MeetingDetails details() {
        return new MeetingDetails(type, title, objective, confidentiality);
    }

    Schedule when() {
        return new Schedule(startsAt, endsAt, timeZone, place, onlineLink);
    }

    List<AgendaItem> agendaItems() {
        return AgendaItemRequest.items(agenda);
    }
}
