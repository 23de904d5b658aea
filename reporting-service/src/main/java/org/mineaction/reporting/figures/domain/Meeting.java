package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mineaction.chassis.projection.EventStamp;

/**
 * One meeting as the figures see it, assembled from several event types. Each part (schedule,
 * cancellation, attendance, minutes) keeps the stamp of the event it came from and only a newer
 * event of that part replaces it, so replays and late events converge whatever their order.
 * Attendees are member ids (counted by category through the member projection), never names.
 */
public record Meeting(String meetingId, String kind, String objective, LocalDate scheduledOn, EventStamp scheduleStamp,
        EventStamp cancelledStamp, LocalDate heldOn, Set<String> attendees, Map<String, Integer> guests,
        EventStamp heldStamp, MinutesStatus minutes, LocalDate minutesSubmittedOn, LocalDate minutesApprovedOn,
        EventStamp minutesStamp) {

    /** Where the minutes of a meeting stand. */
    public enum MinutesStatus {
        SUBMITTED,
        RETURNED,
        APPROVED
    }

    public Meeting {
        Objects.requireNonNull(meetingId, "meetingId");
        attendees = attendees == null ? Set.of() : Set.copyOf(attendees);
        guests = guests == null ? Map.of() : Map.copyOf(guests);
    }

    public static Meeting known(String meetingId) {
        return new Meeting(meetingId, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Meeting scheduled(String kind, String objective, LocalDate on, EventStamp stamp) {
        if (!stamp.supersedes(scheduleStamp)) {
            return this;
        }
        return new Meeting(meetingId, kind == null ? this.kind : kind, objective == null ? this.objective : objective,
                on, stamp, cancelledStamp, heldOn, attendees, guests, heldStamp, minutes, minutesSubmittedOn,
                minutesApprovedOn, minutesStamp);
    }

    public Meeting cancelled(EventStamp stamp) {
        if (!stamp.supersedes(cancelledStamp)) {
            return this;
        }
        return new Meeting(meetingId, kind, objective, scheduledOn, scheduleStamp, stamp, heldOn, attendees, guests,
                heldStamp, minutes, minutesSubmittedOn, minutesApprovedOn, minutesStamp);
    }

    public Meeting held(LocalDate on, Set<String> attendedBy, Map<String, Integer> guestsByCategory, EventStamp stamp) {
        Objects.requireNonNull(on, "heldOn");
        if (!stamp.supersedes(heldStamp)) {
            return this;
        }
        return new Meeting(meetingId, kind, objective, scheduledOn, scheduleStamp, cancelledStamp, on, attendedBy,
                guestsByCategory, stamp, minutes, minutesSubmittedOn, minutesApprovedOn, minutesStamp);
    }

    public Meeting minutes(MinutesStatus status, LocalDate on, EventStamp stamp) {
        if (!stamp.supersedes(minutesStamp)) {
            return this;
        }
        return new Meeting(meetingId, kind, objective, scheduledOn, scheduleStamp, cancelledStamp, heldOn, attendees,
                guests, heldStamp, status, status == MinutesStatus.SUBMITTED ? on : minutesSubmittedOn,
                status == MinutesStatus.APPROVED ? on : null, stamp);
    }

    public boolean isHeld() {
        return heldOn != null;
    }

    /** Cancelled and never held: a meeting that took place counts as held whatever came after. */
    public boolean isCancelled() {
        return !isHeld() && cancelledStamp != null;
    }

    /** The day that places it in a year and quarter: when it was held, else when it is scheduled. */
    public LocalDate day() {
        return heldOn != null ? heldOn : scheduledOn;
    }

    public boolean minutesApproved() {
        return minutes == MinutesStatus.APPROVED && minutesApprovedOn != null;
    }

    public int guestCount() {
        return guests.values().stream().mapToInt(Integer::intValue).sum();
    }
}
