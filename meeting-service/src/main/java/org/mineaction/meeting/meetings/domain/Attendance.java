package org.mineaction.meeting.meetings.domain;

import java.time.Instant;
import java.util.List;

/** Who attended a meeting: members by id, and named guests. */
public record Attendance(List<String> memberIds, List<Guest> guests, Instant recordedAt) {

    public Attendance {
        memberIds = List.copyOf(memberIds);
        guests = List.copyOf(guests);
    }
}
