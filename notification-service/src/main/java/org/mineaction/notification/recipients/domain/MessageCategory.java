package org.mineaction.notification.recipients.domain;

/** What a message is about, as members choose per channel what they receive. */
public enum MessageCategory {
    INVITATIONS,
    REMINDERS,
    MINUTES,
    ACTION_POINTS,
    DEADLINES,
    /** Cancellations and the like: on every channel, whatever the member chose. */
    CRITICAL
}
