package org.mineaction.platform.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.InvalidInputException;

class ChampionArrangementTest {

    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

    private static ChampionArrangement rotating() {
        return ChampionArrangement.of("rotating", List.of(
                new ChampionArrangement.TermDraft("japan", "2027-07-01", "2027-12-31"),
                new ChampionArrangement.TermDraft("norway", "2027-01-01", "2027-06-30")));
    }

    @Test
    void todaysChampionFollowsTheDateTermsSortedAndEndsInclusive() {
        ChampionArrangement arrangement = rotating();

        assertThat(arrangement.terms()).extracting(ChampionTerm::organisationId).containsExactly("norway", "japan");
        assertThat(arrangement.current(JAN_1.minusDays(1))).isEmpty();
        assertThat(arrangement.current(JAN_1)).map(ChampionTerm::organisationId).hasValue("norway");
        assertThat(arrangement.current(LocalDate.of(2027, 6, 30))).map(ChampionTerm::organisationId).hasValue("norway");
        assertThat(arrangement.current(LocalDate.of(2027, 7, 1))).map(ChampionTerm::organisationId).hasValue("japan");
        assertThat(arrangement.current(LocalDate.of(2028, 1, 1))).isEmpty();
    }

    @Test
    void aFixedChampionHasOneTermThatMayBeOpenEnded() {
        ChampionArrangement fixed = ChampionArrangement.of("FIXED",
                List.of(new ChampionArrangement.TermDraft("norway", "2027-01-01", null)));

        assertThat(fixed.current(LocalDate.of(2040, 1, 1))).map(ChampionTerm::organisationId).hasValue("norway");
        assertThatThrownBy(() -> ChampionArrangement.of("FIXED", List.of(
                new ChampionArrangement.TermDraft("a", "2027-01-01", null),
                new ChampionArrangement.TermDraft("b", "2028-01-01", null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("exactly one term");
    }

    @Test
    void refusesOverlapsOpenRotatingTermsBackwardTermsAndBadDates() {
        assertThatThrownBy(() -> ChampionArrangement.of("ROTATING", List.of(
                new ChampionArrangement.TermDraft("a", "2027-01-01", "2027-06-30"),
                new ChampionArrangement.TermDraft("b", "2027-06-30", "2027-12-31"))))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> ChampionArrangement.of("ROTATING",
                List.of(new ChampionArrangement.TermDraft("a", "2027-01-01", null)))).hasMessageContaining("required");
        assertThatThrownBy(() -> ChampionArrangement.of("ROTATING",
                List.of(new ChampionArrangement.TermDraft("a", "2027-01-01", "2026-01-01"))))
                .hasMessageContaining("on or after");
        assertThatThrownBy(() -> ChampionArrangement.of("ROTATING",
                List.of(new ChampionArrangement.TermDraft("a", "1/1/2027", "2027-02-01"))))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> ChampionArrangement.of("WEEKLY", List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aChangeOfChampionIsDueOnceWhenATermBeginsOrEnds() {
        ChampionArrangement arrangement = rotating();
        ChampionAnnouncement announcement = ChampionAnnouncement.NOTHING;

        assertThat(announcement.due(arrangement, JAN_1.minusDays(1))).as("before the first term").isEmpty();

        Optional<ChampionAnnouncement.Change> first = announcement.due(arrangement, JAN_1);
        assertThat(first).hasValueSatisfying(change -> {
            assertThat(change.current().organisationId()).isEqualTo("norway");
            assertThat(change.previous()).isNull();
        });
        announcement = first.get().after();
        assertThat(announcement.due(arrangement, JAN_1)).as("the same day again").isEmpty();
        assertThat(announcement.due(arrangement, LocalDate.of(2027, 6, 30))).isEmpty();

        Optional<ChampionAnnouncement.Change> second = announcement.due(arrangement, LocalDate.of(2027, 7, 1));
        assertThat(second).hasValueSatisfying(change -> {
            assertThat(change.current().organisationId()).isEqualTo("japan");
            assertThat(change.previous().organisationId()).isEqualTo("norway");
        });
        announcement = second.get().after();

        Optional<ChampionAnnouncement.Change> none = announcement.due(arrangement, LocalDate.of(2028, 1, 1));
        assertThat(none).hasValueSatisfying(change -> assertThat(change.current()).isNull());
        assertThat(none.get().after().due(arrangement, LocalDate.of(2028, 2, 1))).isEmpty();
    }

    @Test
    void movingTheEndOfTheRunningTermIsNoRotation() {
        ChampionAnnouncement announced = ChampionAnnouncement.NOTHING.due(rotating(), JAN_1).orElseThrow().after();
        ChampionArrangement longer = ChampionArrangement.of("ROTATING",
                List.of(new ChampionArrangement.TermDraft("norway", "2027-01-01", "2027-09-30")));

        assertThat(announced.due(longer, JAN_1.plusDays(10))).isEmpty();
    }
}
