package org.mineaction.meeting.outcomes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.shared.domain.Objective;

class OutcomeTest {

    @Test
    void theSameTopicWhateverItsCaseAccentsOrPunctuationHasOneKey() {
        assertThat(Outcome.topicKey("Survey funding gap")).isEqualTo("survey-funding-gap");
        assertThat(Outcome.topicKey("  SURVEY — funding   gap! ")).isEqualTo("survey-funding-gap");
        assertThat(Outcome.topicKey("Déminage à Nariño")).isEqualTo("deminage-a-narino");
    }

    @Test
    void onlyChallengesAndNeedsGoIntoTheArticle7Report() {
        assertThat(outcome(OutcomeKind.NEED, "Prosthetics", true).carriedToArticle7()).isTrue();
        assertThatThrownBy(() -> outcome(OutcomeKind.DECISION, "Plan", true))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> outcome(OutcomeKind.CHALLENGE, "!!!", false))
                .isInstanceOf(InvalidInputException.class);
    }

    static Outcome outcome(OutcomeKind kind, String topic, boolean carried) {
        return new Outcome("o", "KHM", "m", kind, Objective.VICTIM_ASSISTANCE, topic, "text", null, carried, "s",
                Instant.EPOCH, Instant.EPOCH);
    }
}
