package org.mineaction.reporting.figures.domain;

/** Where an action point stands. */
public enum ActionPointStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
