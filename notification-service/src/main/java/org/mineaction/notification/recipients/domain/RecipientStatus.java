package org.mineaction.notification.recipients.domain;

/** Where a member stands on their platform, as the member delivery events say. */
public enum RecipientStatus {
    INVITED,
    ACTIVE,
    LEFT,
    /** Personal data removed: no contact data, nothing is sent. */
    ERASED
}
