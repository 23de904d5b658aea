package org.mineaction.platform.membership.domain;

/** How a member can be reached. */
public enum NotificationChannel {
    EMAIL,
    SMS
}
