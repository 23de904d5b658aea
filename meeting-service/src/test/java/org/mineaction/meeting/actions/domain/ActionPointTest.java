package org.mineaction.meeting.actions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.InvalidInputException;

class ActionPointTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 16);
    static final Instant NOW = Instant.parse("2027-02-16T05:00:00Z");

    static ActionPoint open(LocalDate due) {
        return ActionPoint.open("a", "KHM", "m", "Share the plan", new Owner("member-1", null), due, TODAY, "s", NOW);
    }

    @Test
    void overdueIsDerivedFromTheDueDateUntilItIsClosed() {
        ActionPoint point = open(TODAY);
        assertThat(point.isOverdue(TODAY)).isFalse();
        assertThat(point.isOverdue(TODAY.plusDays(1))).isTrue();
        ActionPoint done = point.moveTo(ActionStatus.DONE, NOW);
        assertThat(done.isOverdue(TODAY.plusDays(30))).isFalse();
        assertThat(done.closedAt()).isEqualTo(NOW);
        assertThat(done.moveTo(ActionStatus.OPEN, NOW).closedAt()).isNull();
    }

    @Test
    void ownedByExactlyOneMemberOrOrganisationAndNotDueInThePast() {
        assertThatThrownBy(() -> new Owner(null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Owner("m", "o")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> open(TODAY.minusDays(1))).isInstanceOf(InvalidInputException.class);
        ActionPoint point = open(TODAY);
        assertThatThrownBy(() -> point.moveTo(ActionStatus.OPEN, NOW)).isInstanceOf(ConflictException.class);
        ActionPoint reassigned = point.reassign("Share the plan", new Owner(null, "org-1"), TODAY, TODAY, NOW);
        assertThat(reassigned.isAssignmentChangedFrom(point)).isTrue();
        assertThatThrownBy(() -> point.moveTo(ActionStatus.DROPPED, NOW)
                .reassign("x", new Owner("m", null), TODAY, TODAY, NOW)).isInstanceOf(ConflictException.class);
    }
}
