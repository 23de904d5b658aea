package org.mineaction.meeting.minutes.domain;

import java.time.Instant;

/**
 * One line of the minutes' history: who did what, when, to which version.
 *
 * @param version the submitted version it concerns (0 before the first submission)
 * @param detail  what changed: a summary of an edit, the comments of a return
 */
public record AuditEntry(Instant at, String by, Action action, int version, String detail) {

    /** What was done to the minutes. */
    public enum Action { DRAFTED, EDITED, SUBMITTED, RETURNED, APPROVED }
}
