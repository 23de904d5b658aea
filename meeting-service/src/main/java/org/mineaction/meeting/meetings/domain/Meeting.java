package org.mineaction.meeting.meetings.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.meeting.shared.domain.Viewer;

/**
 * A meeting of a national platform with its agenda, invitations and attendance. Immutable: every
 * change returns the next state, which the application service stores with the events it causes.
 *
 * @param sequence the iCalendar SEQUENCE: 0 when scheduled, +1 on each reschedule and on cancellation
 * @param history  every reschedule, oldest first
 */
public record Meeting(String id, String country, MeetingDetails details, Schedule schedule, MeetingStatus status,
        int sequence, List<AgendaItem> agenda, List<Invitation> invitations, Attendance attendance,
        List<ScheduleChange> history, String cancelReason, String createdBy, Instant createdAt,
        Instant scheduledAt, Instant heldAt, Instant cancelledAt) {

    public static final int MAX_AGENDA_ITEMS = 100;
    public static final int MAX_INVITATIONS = 2000;

    public Meeting {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(schedule, "schedule");
        agenda = List.copyOf(agenda);
        invitations = List.copyOf(invitations);
        history = List.copyOf(history);
        if (agenda.size() > MAX_AGENDA_ITEMS) {
            throw new InvalidInputException("agenda", "at most " + MAX_AGENDA_ITEMS + " items");
        }
    }

    public static Meeting draft(String id, String country, MeetingDetails details, Schedule schedule,
            List<AgendaItem> agenda, String by, Instant now) {
        return new Meeting(id, country, details, schedule, MeetingStatus.DRAFT, 0, agenda, List.of(), null, List.of(),
                null, by, now, null, null, null);
    }

    /**
     * Changes what and when. Any change to a scheduled meeting is a reschedule (invitees get an
     * updated invitation): the previous schedule is kept in the history and the sequence goes up.
     */
    public Meeting edit(MeetingDetails newDetails, Schedule newSchedule, String by, Instant now) {
        requireStatus("edited", MeetingStatus.DRAFT, MeetingStatus.SCHEDULED);
        if (status == MeetingStatus.SCHEDULED && (!newSchedule.equals(schedule) || !newDetails.equals(details))) {
            List<ScheduleChange> moved = new ArrayList<>(history);
            moved.add(new ScheduleChange(schedule, sequence + 1, now, by));
            return with(newDetails, newSchedule, status, sequence + 1, agenda, invitations, moved);
        }
        return with(newDetails, newSchedule, status, sequence, agenda, invitations, history);
    }

    public boolean wasRescheduledFrom(Meeting before) {
        return before.status == MeetingStatus.SCHEDULED && sequence > before.sequence
                && status == MeetingStatus.SCHEDULED;
    }

    public Meeting schedule(Instant now) {
        requireStatus("scheduled", MeetingStatus.DRAFT);
        return new Meeting(id, country, details, schedule, MeetingStatus.SCHEDULED, 0, agenda, invitations,
                attendance, history, cancelReason, createdBy, createdAt, now, heldAt, cancelledAt);
    }

    public Meeting replaceAgenda(List<AgendaItem> items) {
        if (status != MeetingStatus.DRAFT && status != MeetingStatus.SCHEDULED) {
            throw new ConflictException("agenda-frozen", "The agenda can no longer change: the meeting is " + status);
        }
        return with(details, schedule, status, sequence, items, invitations, history);
    }

    /** Invites those of {@code memberIds} not invited yet; returns the meeting with them added. */
    public Meeting invite(Set<String> memberIds, Instant now) {
        requireStatus("invited to", MeetingStatus.SCHEDULED);
        Set<String> already = invitedIds();
        List<Invitation> all = new ArrayList<>(invitations);
        memberIds.stream().filter(memberId -> !already.contains(memberId))
                .forEach(memberId -> all.add(Invitation.of(memberId, now)));
        if (all.size() > MAX_INVITATIONS) {
            throw new InvalidInputException("memberIds", "a meeting has at most " + MAX_INVITATIONS + " invitations");
        }
        return with(details, schedule, status, sequence, agenda, all, history);
    }

    public Set<String> invitedIds() {
        Set<String> ids = new LinkedHashSet<>();
        invitations.forEach(invitation -> ids.add(invitation.memberId()));
        return ids;
    }

    public boolean isInvited(String memberId) {
        return invitations.stream().anyMatch(invitation -> invitation.memberId().equals(memberId));
    }

    public Meeting rsvp(String memberId, RsvpResponse response, RsvpChannel via, Instant now) {
        Objects.requireNonNull(response, "response");
        if (!isInvited(memberId)) {
            throw new NotFoundException("No invitation of this member to meeting " + id);
        }
        requireStatus("answered", MeetingStatus.SCHEDULED);
        List<Invitation> answered = invitations.stream()
                .map(invitation -> invitation.memberId().equals(memberId)
                        ? invitation.answered(response, now, via) : invitation)
                .toList();
        return with(details, schedule, status, sequence, agenda, answered, history);
    }

    /** Records who attended: the meeting is then held (recording again corrects it). */
    public Meeting recordAttendance(List<String> memberIds, List<Guest> guests, Instant now) {
        requireStatus("marked as held", MeetingStatus.SCHEDULED, MeetingStatus.HELD);
        Attendance recorded = new Attendance(List.copyOf(new LinkedHashSet<>(memberIds)), guests, now);
        return new Meeting(id, country, details, schedule, MeetingStatus.HELD, sequence, agenda, invitations,
                recorded, history, cancelReason, createdBy, createdAt, scheduledAt, heldAt == null ? now : heldAt,
                cancelledAt);
    }

    public Meeting cancel(String reason, Instant now) {
        requireStatus("cancelled", MeetingStatus.DRAFT, MeetingStatus.SCHEDULED);
        int next = status == MeetingStatus.SCHEDULED ? sequence + 1 : sequence;
        return new Meeting(id, country, details, schedule, MeetingStatus.CANCELLED, next, agenda, invitations,
                attendance, history, reason, createdBy, createdAt, scheduledAt, heldAt, now);
    }

    /** The minutes were approved: nothing about the meeting changes any more. */
    public Meeting close() {
        requireStatus("closed", MeetingStatus.HELD);
        return new Meeting(id, country, details, schedule, MeetingStatus.CLOSED, sequence, agenda, invitations,
                attendance, history, cancelReason, createdBy, createdAt, scheduledAt, heldAt, cancelledAt);
    }

    /** Restricted meetings are seen by the organisers and those invited or present only. */
    public boolean isVisibleTo(Viewer viewer) {
        return viewer.organiser() || details.confidentiality() != Confidentiality.LISTED_PARTICIPANTS
                || isInvited(viewer.memberId())
                || attendance != null && attendance.memberIds().contains(viewer.memberId());
    }

    public boolean wasScheduled() {
        return scheduledAt != null;
    }

    private Meeting with(MeetingDetails newDetails, Schedule newSchedule, MeetingStatus newStatus, int newSequence,
            List<AgendaItem> newAgenda, List<Invitation> newInvitations, List<ScheduleChange> newHistory) {
        return new Meeting(id, country, newDetails, newSchedule, newStatus, newSequence, newAgenda, newInvitations,
                attendance, newHistory, cancelReason, createdBy, createdAt, scheduledAt, heldAt, cancelledAt);
    }

    private void requireStatus(String action, MeetingStatus... allowed) {
        for (MeetingStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ConflictException("meeting-status", "A " + status.name().toLowerCase(java.util.Locale.ROOT)
                + " meeting cannot be " + action);
    }
}
