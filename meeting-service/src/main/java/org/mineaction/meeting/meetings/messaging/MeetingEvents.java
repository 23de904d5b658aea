package org.mineaction.meeting.meetings.messaging;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.meetings.domain.RsvpChannel;
import org.mineaction.meeting.meetings.domain.RsvpResponse;
import org.mineaction.meeting.members.domain.StakeholderCategory;
import org.springframework.stereotype.Component;

/**
 * The events a meeting's changes cause, ready for its outbox (schemas {@code meeting-*.v1.json}).
 * Members by id only; guests only as counts.
 */
@Component
public class MeetingEvents {

    /** Whether invitations go to members invited for the first time, or again to all after a move. */
    public enum Occasion { INVITED, RESCHEDULED }

    /** One invited member's personal link. */
    public record Invitee(String memberId, String rsvpUrl, Instant rsvpExpiresAt) {
    }

    private final OutboxMessageFactory messages;

    MeetingEvents(OutboxMessageFactory messages) {
        this.messages = messages;
    }

    public OutboxMessage scheduled(Meeting meeting) {
        return create(Type.MEETING_SCHEDULED, meeting,
                new Scheduled(Core.of(meeting), meeting.scheduledAt(), meeting.scheduledAt()));
    }

    public OutboxMessage rescheduled(Meeting meeting, Meeting before, Instant at) {
        return create(Type.MEETING_RESCHEDULED, meeting, new Rescheduled(Core.of(meeting),
                before.schedule().startsAt(), before.schedule().endsAt(), at, at));
    }

    public OutboxMessage cancelled(Meeting meeting) {
        return create(Type.MEETING_CANCELLED, meeting, new Cancelled(Core.of(meeting), meeting.cancelReason(),
                meeting.cancelledAt(), true, List.copyOf(meeting.invitedIds()), meeting.cancelledAt()));
    }

    public OutboxMessage invitationsIssued(Meeting meeting, Occasion occasion, List<Invitee> invitees, Instant at) {
        return create(Type.MEETING_INVITATIONS_ISSUED, meeting,
                new InvitationsIssued(Core.of(meeting), occasion, invitees, at, at));
    }

    public OutboxMessage rsvpRecorded(Meeting meeting, String memberId, RsvpResponse response, RsvpChannel via,
            Instant at) {
        return create(Type.MEETING_RSVP_RECORDED, meeting,
                new RsvpRecorded(meeting.id(), meeting.country(), memberId, response, via, at, at));
    }

    public OutboxMessage held(Meeting meeting, Map<StakeholderCategory, Integer> guests,
            Map<StakeholderCategory, Integer> attendeesByCategory, Instant at) {
        return create(Type.MEETING_HELD, meeting, new Held(meeting.id(), meeting.country(),
                meeting.details().type().name(), meeting.details().objective().name(),
                meeting.schedule().startsAt(), meeting.heldAt(), meeting.attendance().memberIds(), guests,
                attendeesByCategory, at));
    }

    private OutboxMessage create(Type type, Meeting meeting, Object payload) {
        return messages.create(Topics.MEETING_EVENTS, type, meeting.country(), payload);
    }

    record Core(String meetingId, String countryCode, String type, String title, String objective,
            Instant startsAt, Instant endsAt, String timeZone, String place, String onlineLink,
            String confidentiality, String status, int sequence) {

        static Core of(Meeting meeting) {
            return new Core(meeting.id(), meeting.country(), meeting.details().type().name(),
                    meeting.details().title(), meeting.details().objective().name(), meeting.schedule().startsAt(),
                    meeting.schedule().endsAt(), meeting.schedule().timeZone(), meeting.schedule().place(),
                    meeting.schedule().onlineLink(), meeting.details().confidentiality().name(),
                    meeting.status().name(), meeting.sequence());
        }
    }

    record Scheduled(@JsonUnwrapped Core meeting, Instant scheduledAt, Instant occurredAt) {
    }

    record Rescheduled(@JsonUnwrapped Core meeting, Instant previousStartsAt, Instant previousEndsAt,
            Instant rescheduledAt, Instant occurredAt) {
    }

    record Cancelled(@JsonUnwrapped Core meeting, String reason, Instant cancelledAt, boolean stopReminders,
            List<String> inviteeMemberIds, Instant occurredAt) {
    }

    record InvitationsIssued(@JsonUnwrapped Core meeting, Occasion occasion, List<Invitee> invitees,
            Instant issuedAt, Instant occurredAt) {
    }

    record RsvpRecorded(String meetingId, String countryCode, String memberId, RsvpResponse response,
            RsvpChannel via, Instant respondedAt, Instant occurredAt) {
    }

    record Held(String meetingId, String countryCode, String type, String objective, Instant startsAt,
            Instant heldAt, List<String> attendees, Map<StakeholderCategory, Integer> guests,
            Map<StakeholderCategory, Integer> attendeesByCategory, Instant occurredAt) {
    }
}
