package org.mineaction.notification.meetings.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An action point as far as its owner's reminders go: who owns it, when it is due, and whether it
 * is still open. A new owner or due date makes the reminders of the previous one stale.
 */
public record ActionPoint(String countryCode, String actionPointId, String meetingId, String title,
        String ownerMemberId, LocalDate dueDate, String status) {

    private static final Set<String> CLOSED = Set.of("DONE", "DROPPED", "COMPLETED", "CANCELLED", "CLOSED");

    public ActionPoint {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(actionPointId, "actionPointId");
        status = status == null ? "OPEN" : status.toUpperCase(Locale.ROOT);
        title = title == null || title.isBlank() ? actionPointId : title;
    }

    public boolean isOpen() {
        return !CLOSED.contains(status);
    }

    public String subject() {
        return countryCode + "/" + actionPointId;
    }

    public String guardPrefix() {
        return "action-point/" + subject() + "/";
    }

    /** Its reminders hold while it is open, owned by the same member, due the same day. */
    public String guard() {
        return guardPrefix() + ownerMemberId + "/" + dueDate;
    }

    public Optional<String> staleReason(String guard) {
        if (!isOpen()) {
            return Optional.of("the action point is " + status.toLowerCase(Locale.ROOT));
        }
        if (!guard().equals(guard)) {
            return Optional.of("the action point was reassigned or its due date changed");
        }
        return Optional.empty();
    }

    public ActionPoint withStatus(String newStatus) {
        return new ActionPoint(countryCode, actionPointId, meetingId, title, ownerMemberId, dueDate, newStatus);
    }
}
