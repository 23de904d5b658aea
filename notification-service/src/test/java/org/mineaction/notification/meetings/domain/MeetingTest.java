package org.mineaction.notification.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Meeting SCHEDULED = new Meeting("KHM", "m-1", "Quarterly", Instant.parse("2026-12-10T02:00:00Z"),
            Instant.parse("2026-12-10T05:00:00Z"), ZoneId.of("Asia/Phnom_Penh"), "Phnom Penh", 3,
            MeetingStatus.SCHEDULED, Map.of("a", "http://rsvp/a"), Set.of(), null, false);

    @Test
    void aReminderOfTheCurrentVersionStillHolds() {
        assertThat(SCHEDULED.guard()).isEqualTo("meeting/KHM/m-1/3");
        assertThat(SCHEDULED.staleReason(3, NOW)).isEmpty();
    }

    @Test
    void aReminderOfAnEarlierVersionIsStaleOnceTheMeetingMoved() {
        assertThat(SCHEDULED.staleReason(2, NOW)).hasValue("the meeting was rescheduled (now version 3)");
    }

    @Test
    void nothingHoldsForACancelledMeetingOrOneThatHasBegun() {
        Meeting cancelled = SCHEDULED.withVersion(null, null, null, null, null, 4, MeetingStatus.CANCELLED);
        assertThat(cancelled.staleReason(4, NOW)).hasValue("the meeting was cancelled");
        assertThat(cancelled.start()).as("a cancellation keeps the times").isEqualTo(SCHEDULED.start());
        assertThat(SCHEDULED.staleReason(3, Instant.parse("2026-12-10T02:00:00Z"))).hasValue("the meeting has begun");
    }

    @Test
    void anInviteeWhoDeclinesIsRememberedAndCanChangeTheirMind() {
        Meeting declined = SCHEDULED.withAnswer("a", false);
        assertThat(declined.declined()).containsExactly("a");
        assertThat(declined.withAnswer("a", true).declined()).isEmpty();
    }

    @Test
    void anActionPointsRemindersHoldWhileItIsOpenForTheSameOwnerAndDay() {
        ActionPoint point = new ActionPoint("KHM", "ap-1", "m-1", "Survey plan", "owner", LocalDate.of(2027, 3, 31),
                "OPEN");
        assertThat(point.staleReason(point.guard())).isEmpty();
        ActionPoint moved = new ActionPoint("KHM", "ap-1", "m-1", "Survey plan", "owner", LocalDate.of(2027, 4, 30),
                "OPEN");
        assertThat(moved.staleReason(point.guard())).hasValue(
                "the action point was reassigned or its due date changed");
        assertThat(point.withStatus("done").staleReason(point.guard())).hasValue("the action point is done");
        assertThat(point.withStatus("DROPPED").isOpen()).isFalse();
        assertThat(point.withStatus("IN_PROGRESS").isOpen()).isTrue();
    }
}
