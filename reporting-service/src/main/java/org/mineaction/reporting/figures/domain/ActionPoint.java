package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.mineaction.chassis.projection.EventStamp;

/**
 * An action point as the figures count it: dates and status only, never its owner. Every action
 * point event carries the whole state, so the newest event wins whole.
 *
 * @param closedOn when it became DONE or DROPPED; null while open
 */
public record ActionPoint(String actionPointId, LocalDate openedOn, LocalDate dueDate, ActionPointStatus status,
        LocalDate closedOn, EventStamp stamp) implements Stamped {

    public ActionPoint {
        Objects.requireNonNull(actionPointId, "actionPointId");
        if (openedOn == null) {
            throw new IllegalArgumentException("An action point needs the day it was opened");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stamp, "stamp");
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw new IllegalArgumentException("Action point " + actionPointId + " closed before it was opened");
        }
    }

    /** The bucket year: the year it was opened, which never changes. */
    public int year() {
        return openedOn.getYear();
    }
}
