package org.mineaction.meeting.meetings.domain;

import java.time.Instant;

/** A reschedule, kept so a meeting's history shows when it was moved and from where. */
public record ScheduleChange(Schedule previous, int sequence, Instant changedAt, String changedBy) {
}
