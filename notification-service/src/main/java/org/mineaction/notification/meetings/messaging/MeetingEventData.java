package org.mineaction.notification.meetings.messaging;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.meetings.MeetingMessages;
import org.mineaction.notification.meetings.domain.ActionPoint;

/**
 * The fields of meeting-service's events ({@code org.mineaction.meeting.*.v1}) that notifications
 * need, one tolerant shape for all of them: every other field is ignored, and the few names the
 * contract may still settle differently are accepted under each of them. Members by id only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MeetingEventData(
        String meetingId,
        String countryCode,
        String title,
        @JsonAlias({"startAt", "start", "startsAtUtc"}) String startsAt,
        @JsonAlias({"endAt", "end", "endsAtUtc"}) String endsAt,
        @JsonAlias({"zone", "timezone"}) String timeZone,
        @JsonAlias({"place", "venue"}) String location,
        @JsonAlias({"icalSequence", "calendarSequence"}) Integer sequence,
        @JsonAlias({"invitees"}) List<Invitation> invitations,
        String occasion,
        @JsonAlias({"recipients", "attendees"}) List<String> inviteeMemberIds,
        @JsonAlias({"member"}) String memberId,
        @JsonAlias({"answer", "response"}) String rsvp,
        @JsonAlias({"heldOn"}) String heldAt,
        @JsonAlias({"url", "link", "minutesPdfPath"}) String minutesUrl,
        String actionPointId,
        @JsonAlias({"ownerId", "assigneeMemberId", "assigneeId", "owner"}) String ownerMemberId,
        @JsonAlias({"description", "text"}) String actionPointTitle,
        @JsonAlias({"dueOn", "due"}) String dueDate,
        @JsonAlias({"newStatus", "state"}) String status,
        Meeting meeting) {

    /** An invitee and their personal RSVP link. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Invitation(@JsonAlias({"member", "inviteeId"}) String memberId, @JsonAlias({"url", "link"}) String rsvpUrl) {
    }

    /** Some events nest the meeting's data rather than carrying it flat. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meeting(@JsonAlias({"id"}) String meetingId, String title,
            @JsonAlias({"startAt", "start"}) String startsAt, @JsonAlias({"endAt", "end"}) String endsAt,
            @JsonAlias({"zone", "timezone"}) String timeZone, @JsonAlias({"place", "venue"}) String location,
            Integer sequence) {
    }

    String meetingKey() {
        String id = meetingId != null ? meetingId : meeting != null ? meeting.meetingId() : null;
        return require("meetingId", id);
    }

    String country() {
        return require("countryCode", countryCode);
    }

    MeetingMessages.Version version() {
        ZoneId zone = zone(first(timeZone, meeting == null ? null : meeting.timeZone()));
        Instant start = instant("startsAt", first(startsAt, meeting == null ? null : meeting.startsAt()), zone);
        Instant end = instant("endsAt", first(endsAt, meeting == null ? null : meeting.endsAt()), zone);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new InvalidInputException("endsAt", "must be after startsAt");
        }
        return new MeetingMessages.Version(first(title, meeting == null ? null : meeting.title()), start, end, zone,
                first(location, meeting == null ? null : meeting.location()),
                sequence != null ? sequence : meeting == null ? null : meeting.sequence());
    }

    Map<String, String> rsvpUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        if (invitations != null) {
            for (Invitation invitation : invitations) {
                urls.put(require("invitations.memberId", invitation.memberId()), invitation.rsvpUrl());
            }
        }
        if (urls.isEmpty() && memberId != null) {
            urls.put(memberId, null);
        }
        return urls;
    }

    /** An invitations.issued that re-sends every invitee the new times after a reschedule. */
    boolean reissuedAfterReschedule() {
        return "RESCHEDULED".equalsIgnoreCase(occasion);
    }

    List<String> memberIds() {
        return inviteeMemberIds == null ? List.of() : inviteeMemberIds;
    }

    boolean attends() {
        return rsvp == null || !(rsvp.equalsIgnoreCase("NO") || rsvp.equalsIgnoreCase("DECLINED")
                || rsvp.equalsIgnoreCase("DECLINE") || rsvp.equalsIgnoreCase("NOT_ATTENDING"));
    }

    Instant held() {
        return instant("heldAt", heldAt, ZoneOffset.UTC);
    }

    ActionPoint actionPoint() {
        LocalDate due;
        try {
            due = dueDate == null ? null : LocalDate.parse(dueDate.length() > 10 ? dueDate.substring(0, 10) : dueDate);
        } catch (DateTimeException e) {
            throw new InvalidInputException("dueDate", "must be a date such as 2026-12-31");
        }
        return new ActionPoint(country(), require("actionPointId", actionPointId), meetingId,
                first(actionPointTitle, title), ownerMemberId, due, status);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? null : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "must be an IANA time zone such as Asia/Phnom_Penh");
        }
    }

    /** An instant, an offset date-time, or a local date-time in the meeting's zone. */
    private static Instant instant(String field, String value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException notOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone == null ? ZoneOffset.UTC : zone).toInstant();
            } catch (DateTimeException e) {
                throw new InvalidInputException(field, "must be a date-time such as 2026-12-10T09:00:00+07:00");
            }
        }
    }

    private static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }
}
