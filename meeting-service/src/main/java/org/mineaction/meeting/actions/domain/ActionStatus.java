package org.mineaction.meeting.actions.domain;

/** Where an action point stands; DONE and DROPPED close it. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }
}
