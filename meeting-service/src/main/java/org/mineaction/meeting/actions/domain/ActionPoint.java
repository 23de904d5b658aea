package org.mineaction.meeting.actions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.shared.domain.Checks;

/**
 * Something a platform agreed someone will do by a date; overdue is derived from the date, never stored.
 *
 * @param meetingId the meeting it was agreed at, if any
 */
public record ActionPoint(String id, String country, String meetingId, String description, Owner owner,
        LocalDate dueDate, ActionStatus status, List<ProgressNote> notes, String createdBy, Instant openedAt,
        Instant closedAt, Instant changedAt) {

    public static final int MAX_NOTES = 200;

    public ActionPoint {
        description = Checks.text("description", description, 1000);
        Checks.required("owner", owner);
        Checks.required("dueDate", dueDate);
        Checks.required("status", status);
        notes = List.copyOf(notes);
    }

    public static ActionPoint open(String id, String country, String meetingId, String description, Owner owner,
            LocalDate dueDate, LocalDate today, String by, Instant now) {
        requireNotPast(dueDate, today);
        return new ActionPoint(id, country, meetingId, description, owner, dueDate, ActionStatus.OPEN, List.of(), by,
                now, null, now);
    }

    /** Gives it another description, owner or due date. */
    public ActionPoint reassign(String newDescription, Owner newOwner, LocalDate newDueDate, LocalDate today,
            Instant now) {
        requireOpen("reassigned");
        if (!newDueDate.equals(dueDate)) {
            requireNotPast(newDueDate, today);
        }
        return new ActionPoint(id, country, meetingId, newDescription, newOwner, newDueDate, status, notes, createdBy,
                openedAt, closedAt, now);
    }

    public boolean isAssignmentChangedFrom(ActionPoint before) {
        return !owner.equals(before.owner) || !dueDate.equals(before.dueDate)
                || !description.equals(before.description);
    }

    public ActionPoint moveTo(ActionStatus next, Instant now) {
        Checks.required("status", next);
        if (next == status) {
            throw new ConflictException("status-unchanged", "The action point is already " + status);
        }
        return new ActionPoint(id, country, meetingId, description, owner, dueDate, next, notes, createdBy, openedAt,
                next.isClosed() ? now : null, now);
    }

    public ActionPoint note(String text, String by, Instant now) {
        if (notes.size() >= MAX_NOTES) {
            throw new InvalidInputException("note", "at most " + MAX_NOTES + " notes per action point");
        }
        List<ProgressNote> more = new ArrayList<>(notes);
        more.add(new ProgressNote(text, by, now));
        return new ActionPoint(id, country, meetingId, description, owner, dueDate, status, more, createdBy, openedAt,
                closedAt, now);
    }

    /** Past its due date in the platform's calendar and not closed. */
    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueDate.isBefore(today);
    }

    private void requireOpen(String action) {
        if (status.isClosed()) {
            throw new ConflictException("action-point-closed", "A " + status + " action point cannot be " + action);
        }
    }

    private static void requireNotPast(LocalDate dueDate, LocalDate today) {
        if (dueDate != null && dueDate.isBefore(today)) {
            throw new InvalidInputException("dueDate", "must not be in the past");
        }
    }
}
