package org.mineaction.meeting.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.meeting.members.domain.StakeholderCategory;
import org.mineaction.meeting.shared.domain.Objective;

class MeetingTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant START = Instant.parse("2027-02-16T02:00:00Z");

    static Schedule schedule(Instant start) {
        return new Schedule(start, start.plusSeconds(3 * 3600), "Asia/Phnom_Penh", "CMAA", null);
    }

    static MeetingDetails details(String title) {
        return new MeetingDetails(MeetingType.REGULAR, title, Objective.ARTICLE_5_CLEARANCE, null);
    }

    static Meeting scheduled() {
        return Meeting.draft("m1", "KHM", details("Q1"), schedule(START), List.of(), "sec", NOW).schedule(NOW);
    }

    @Test
    void aDraftChangesFreelyWithoutHistory() {
        Meeting draft = Meeting.draft("m1", "KHM", details("Q1"), schedule(START), List.of(), "sec", NOW);
        Meeting moved = draft.edit(details("Q1"), schedule(START.plusSeconds(86400)), "sec", NOW);
        assertThat(moved.sequence()).isZero();
        assertThat(moved.history()).isEmpty();
        assertThat(moved.details().confidentiality()).isEqualTo(Confidentiality.MEMBERS);
    }

    @Test
    void everyChangeToAScheduledMeetingIsARescheduleKeptInTheHistory() {
        Meeting before = scheduled();
        Meeting moved = before.edit(details("Q1"), schedule(START.plusSeconds(86400)), "sec", NOW);
        Meeting renamed = moved.edit(details("Q1 (moved)"), moved.schedule(), "lead", NOW);
        Meeting unchanged = renamed.edit(renamed.details(), renamed.schedule(), "lead", NOW);

        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(moved.wasRescheduledFrom(before)).isTrue();
        assertThat(moved.history()).singleElement().satisfies(change -> {
            assertThat(change.previous().startsAt()).isEqualTo(START);
            assertThat(change.sequence()).isEqualTo(1);
        });
        assertThat(renamed.sequence()).isEqualTo(2);
        assertThat(unchanged.wasRescheduledFrom(renamed)).isFalse();
    }

    @Test
    void invitationsAreAddedOnceAndOnlyToScheduledMeetings() {
        Meeting invited = scheduled().invite(Set.of("a", "b"), NOW).invite(Set.of("b", "c"), NOW);
        assertThat(invited.invitedIds()).containsExactlyInAnyOrder("a", "b", "c");
        Meeting draft = Meeting.draft("m2", "KHM", details("Q1"), schedule(START), List.of(), "sec", NOW);
        assertThatThrownBy(() -> draft.invite(Set.of("a"), NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyInviteesAnswerAndOnlyBeforeTheMeetingIsHeld() {
        Meeting invited = scheduled().invite(Set.of("a"), NOW);
        Meeting answered = invited.rsvp("a", RsvpResponse.DECLINED, RsvpChannel.API, NOW)
                .rsvp("a", RsvpResponse.ACCEPTED, RsvpChannel.SIGNED_LINK, NOW);
        assertThat(answered.invitations()).singleElement().satisfies(invitation -> {
            assertThat(invitation.response()).isEqualTo(RsvpResponse.ACCEPTED);
            assertThat(invitation.via()).isEqualTo(RsvpChannel.SIGNED_LINK);
        });
        assertThatThrownBy(() -> invited.rsvp("stranger", RsvpResponse.ACCEPTED, RsvpChannel.API, NOW))
                .isInstanceOf(NotFoundException.class);
        Meeting held = answered.recordAttendance(List.of("a"), List.of(), NOW);
        assertThatThrownBy(() -> held.rsvp("a", RsvpResponse.DECLINED, RsvpChannel.API, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void heldFreezesTheAgendaAndRecordingAgainKeepsTheFirstHeldTime() {
        Meeting held = scheduled().recordAttendance(List.of("a", "a", "b"),
                List.of(new Guest("Sok Dara", "Village", StakeholderCategory.AFFECTED_POPULATION)), NOW);
        Meeting corrected = held.recordAttendance(List.of("a"), List.of(), NOW.plusSeconds(60));
        assertThat(held.attendance().memberIds()).containsExactly("a", "b");
        assertThat(corrected.heldAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> held.replaceAgenda(List.of())).isInstanceOf(ConflictException.class);
        assertThat(corrected.close().status()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void cancellingAScheduledMeetingRaisesTheSequenceAndCannotBeUndone() {
        Meeting cancelled = scheduled().cancel("Flooding", NOW);
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(cancelled.sequence()).isEqualTo(1);
        assertThatThrownBy(() -> cancelled.cancel("again", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.recordAttendance(List.of(), List.of(), NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aScheduleEndsAfterItStartsInAKnownZoneSomewhere() {
        assertThatThrownBy(() -> new Schedule(START, START, "Asia/Phnom_Penh", "CMAA", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after startsAt");
        assertThatThrownBy(() -> new Schedule(START, START.plusSeconds(60), "Mars/Olympus", "CMAA", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("IANA");
        assertThatThrownBy(() -> new Schedule(START, START.plusSeconds(60), "+07:00", "CMAA", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Schedule(START, START.plusSeconds(60), "UTC", null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("place");
        assertThatThrownBy(() -> new Schedule(START, START.plusSeconds(60), "UTC", null, "javascript:alert(1)"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new Schedule(START, START.plusSeconds(60), "UTC", null, "https://meet.example.org/x").onlineLink())
                .isEqualTo("https://meet.example.org/x");
    }
}
