package org.mineaction.meeting.meetings.domain;

/** draft -> scheduled -> held -> closed (minutes approved), or cancelled before it is held. */
public enum MeetingStatus {
    DRAFT,
    SCHEDULED,
    HELD,
    CLOSED,
    CANCELLED
}
