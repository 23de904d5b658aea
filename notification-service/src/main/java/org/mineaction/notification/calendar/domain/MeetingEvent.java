package org.mineaction.notification.calendar.domain;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A meeting as a calendar entry sent to one attendee.
 *
 * @param meetingId identifies the meeting in its platform; the calendar UID is derived from it, so every
 *                  invitation, update and cancellation of the meeting lands on the same calendar entry
 * @param revision  0 for the first invitation, incremented by every update and by the cancellation; becomes
 *                  the SEQUENCE, which is how a calendar tells a newer version from an older one
 * @param start     in the meeting's own time zone (the one it is held in), which the entry keeps
 */
public record MeetingEvent(String countryCode, String meetingId, int revision, String title, String location,
        String description, ZonedDateTime start, ZonedDateTime end, Person organizer, Person attendee) {

    public MeetingEvent {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(attendee, "attendee");
        if (revision < 0) {
            throw new IllegalArgumentException("A revision starts at 0: " + revision);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A meeting ends after it starts");
        }
        if (!end.getZone().equals(start.getZone())) {
            end = end.withZoneSameInstant(start.getZone());
        }
    }

    /** Someone with a name and an e-mail address: the organizer or the attendee. */
    public record Person(String name, String email) {

        public Person {
            Objects.requireNonNull(email, "email");
            if (email.isBlank() || email.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("Not an e-mail address");
            }
        }
    }
}
