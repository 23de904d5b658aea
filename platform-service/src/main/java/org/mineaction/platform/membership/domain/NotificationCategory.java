package org.mineaction.platform.membership.domain;

/**
 * The kinds of message a member receives. {@link #CRITICAL} messages (a meeting cancelled or
 * moved, a security notice) reach every member on every channel they have, whatever they chose.
 */
public enum NotificationCategory {
    INVITATIONS(false),
    REMINDERS(false),
    MINUTES(false),
    ACTION_POINTS(false),
    DEADLINES(false),
    CRITICAL(true);

    private final boolean critical;

    NotificationCategory(boolean critical) {
        this.critical = critical;
    }

    /** A critical category cannot be switched off. */
    public boolean isCritical() {
        return critical;
    }
}
