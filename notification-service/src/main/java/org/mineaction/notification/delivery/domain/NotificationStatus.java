package org.mineaction.notification.delivery.domain;

public enum NotificationStatus {
    /** Waiting to be sent, for the first time or again after a failure. */
    QUEUED,
    /** Accepted by the mail server. */
    SENT,
    /** Given up: the reason is kept with the notification. */
    FAILED,
    /** Not sent on purpose: the member opted out of its category (the reason is kept). */
    SKIPPED
}
