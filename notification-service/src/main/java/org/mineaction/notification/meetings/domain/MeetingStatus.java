package org.mineaction.notification.meetings.domain;

public enum MeetingStatus {
    SCHEDULED,
    CANCELLED,
    HELD
}
