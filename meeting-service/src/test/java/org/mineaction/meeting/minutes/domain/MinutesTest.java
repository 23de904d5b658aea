package org.mineaction.meeting.minutes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.minutes.domain.AuditEntry.Action;

class MinutesTest {

    static final Instant T = Instant.parse("2027-02-17T09:00:00Z");

    @Test
    void draftSubmitReturnCorrectApproveKeepsEveryStepAndEveryVersion() {
        Minutes approved = Minutes.draft("m", "KHM", "line one\nline two", "sec", T)
                .submit("sec", T.plusSeconds(1))
                .returnWith(List.of("Add the decisions"), "lead", T.plusSeconds(2))
                .edit("line one\nline two, corrected\nDecisions", "sec", T.plusSeconds(3))
                .submit("sec", T.plusSeconds(4))
                .approve("lead", T.plusSeconds(5));

        assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.submissions()).extracting(Submission::text)
                .containsExactly("line one\nline two", "line one\nline two, corrected\nDecisions");
        assertThat(approved.history()).extracting(AuditEntry::action).containsExactly(Action.DRAFTED,
                Action.SUBMITTED, Action.RETURNED, Action.EDITED, Action.SUBMITTED, Action.APPROVED);
        assertThat(approved.history()).extracting(AuditEntry::by).containsExactly("sec", "sec", "lead", "sec", "sec",
                "lead");
        assertThat(approved.history().get(2).detail()).isEqualTo("Add the decisions");
        assertThat(approved.history().get(3).detail()).isEqualTo("+2 -1 lines");
        assertThat(approved.approvedBy()).isEqualTo("lead");
    }

    @Test
    void approvedMinutesAreFrozen() {
        Minutes approved = Minutes.draft("m", "KHM", "text", "sec", T).submit("sec", T).approve("lead", T);
        assertThatThrownBy(() -> approved.edit("other", "sec", T)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> approved.submit("sec", T)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> approved.returnWith(List.of("x"), "lead", T)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSubmittedVersionIsNotEditedAndOnlyASubmittedOneIsReviewed() {
        Minutes draft = Minutes.draft("m", "KHM", "text", "sec", T);
        assertThatThrownBy(() -> draft.approve("lead", T)).isInstanceOf(ConflictException.class);
        Minutes submitted = draft.submit("sec", T);
        assertThatThrownBy(() -> submitted.edit("x", "sec", T)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> submitted.returnWith(List.of(), "lead", T)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Minutes.draft("m", "KHM", " ", "sec", T)).isInstanceOf(InvalidInputException.class);
    }
}
