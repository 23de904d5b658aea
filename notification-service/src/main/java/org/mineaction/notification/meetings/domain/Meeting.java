package org.mineaction.notification.meetings.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A meeting as notification-service knows it from meeting-service's events: enough to write its
 * invitations, updates, cancellation and reminders, and to tell at send time whether a reminder is
 * still true. Members by id only; their contact data is the recipient directory's.
 *
 * @param sequence  the iCalendar SEQUENCE of its current version: 0 when scheduled, raised by every
 *                  reschedule and by the cancellation; older versions of it are ignored
 * @param invitees  member id to the invitee's RSVP link
 * @param declined  invitees who answered that they will not attend: no reminders for them
 * @param heldAt    when it was held, once it was
 * @param minutesSubmitted whether the secretariat submitted its minutes
 */
public record Meeting(String countryCode, String meetingId, String title, Instant start, Instant end, ZoneId zone,
        String location, int sequence, MeetingStatus status, Map<String, String> invitees, Set<String> declined,
        Instant heldAt, boolean minutesSubmitted) {

    public Meeting {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(status, "status");
        invitees = invitees == null ? Map.of() : Map.copyOf(invitees);
        declined = declined == null ? Set.of() : Set.copyOf(declined);
        title = title == null || title.isBlank() ? meetingId : title;
    }

    /** The subject of every message about it, e.g. {@code KHM/m-1}. */
    public String subject() {
        return countryCode + "/" + meetingId;
    }

    /** The guard prefix of every scheduled message about it, whatever its version. */
    public String guardPrefix() {
        return "meeting/" + subject() + "/";
    }

    /** The guard of messages about its current version: stale once it moves or is cancelled. */
    public String guard() {
        return guardPrefix() + sequence;
    }

    public boolean hasTimes() {
        return start != null && end != null && zone != null;
    }

    /** Whether a message scheduled for version {@code sequence} is still true at {@code now}. */
    public java.util.Optional<String> staleReason(int guardedSequence, Instant now) {
        if (status == MeetingStatus.CANCELLED) {
            return java.util.Optional.of("the meeting was cancelled");
        }
        if (sequence != guardedSequence) {
            return java.util.Optional.of("the meeting was rescheduled (now version " + sequence + ")");
        }
        if (start != null && !start.isAfter(now)) {
            return java.util.Optional.of("the meeting has begun");
        }
        return java.util.Optional.empty();
    }

    public Meeting withVersion(String title, Instant start, Instant end, ZoneId zone, String location, int sequence,
            MeetingStatus status) {
        return new Meeting(countryCode, meetingId, title == null ? this.title : title,
                start == null ? this.start : start, end == null ? this.end : end, zone == null ? this.zone : zone,
                location == null ? this.location : location, sequence, status, invitees, declined, heldAt,
                minutesSubmitted);
    }

    public Meeting withInvitees(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(invitees);
        all.putAll(more);
        return new Meeting(countryCode, meetingId, title, start, end, zone, location, sequence, status, all, declined,
                heldAt, minutesSubmitted);
    }

    public Meeting withAnswer(String memberId, boolean attends) {
        Set<String> no = new LinkedHashSet<>(declined);
        if (attends) {
            no.remove(memberId);
        } else {
            no.add(memberId);
        }
        return new Meeting(countryCode, meetingId, title, start, end, zone, location, sequence, status, invitees, no,
                heldAt, minutesSubmitted);
    }

    public Meeting held(Instant at) {
        return new Meeting(countryCode, meetingId, title, start, end, zone, location, sequence, MeetingStatus.HELD,
                invitees, declined, at, minutesSubmitted);
    }

    public Meeting withMinutesSubmitted() {
        return new Meeting(countryCode, meetingId, title, start, end, zone, location, sequence, status, invitees,
                declined, heldAt, true);
    }

    /** A meeting first heard of through an event other than its scheduling. */
    public static Meeting unknown(String countryCode, String meetingId) {
        return new Meeting(countryCode, meetingId, null, null, null, null, null, 0, MeetingStatus.SCHEDULED, Map.of(),
                Set.of(), null, false);
    }
}
