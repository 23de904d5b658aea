package org.mineaction.platform.obligations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConventionObligationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static ConventionObligations cambodia() {
        return ConventionObligations.NONE.withBasics("2000-01-01", "2010-01-01", null);
    }

    @Test
    void theInitialArticle7ReportIsDue180DaysAfterEntryIntoForce() {
        assertThat(cambodia().article7InitialDueDate()).isEqualTo(LocalDate.of(2000, 6, 29));
        assertThat(ConventionObligations.NONE.article7InitialDueDate()).isNull();
    }

    @Test
    void annualReportsAreDueOn30AprilOfTheNextYearAndCorrectionsReplaceTheYear() {
        ConventionObligations recorded = cambodia().withArticle7(2024, false, "2025-04-30", TODAY);
        assertThat(recorded.article7(2024).dueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(recorded.article7(2024).onTime()).isTrue();

        ConventionObligations corrected = recorded.withArticle7(2024, false, "2025-05-01", TODAY);
        assertThat(corrected.article7Reports()).hasSize(1);
        assertThat(corrected.article7(2024).onTime()).isFalse();
    }

    @Test
    void theInitialReportNeedsEntryIntoForceAndIsMeasuredAgainstIt() {
        ConventionObligations initial = cambodia().withArticle7(2000, true, "2000-06-29", TODAY);
        assertThat(initial.article7(2000).dueDate()).isEqualTo(LocalDate.of(2000, 6, 29));
        assertThat(initial.article7(2000).onTime()).isTrue();
        assertThatThrownBy(() -> ConventionObligations.NONE.withArticle7(2000, true, "2000-06-29", TODAY))
                .hasMessageContaining("entry into force");
    }

    @Test
    void refusesFutureSubmissionsAndYearsOutsideTheConvention() {
        assertThatThrownBy(() -> cambodia().withArticle7(2025, false, "2026-11-24", TODAY))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> cambodia().withArticle7(2027, false, "2026-01-01", TODAY))
                .hasMessageContaining("calendar year");
        assertThatThrownBy(() -> cambodia().withArticle7(1990, false, "2026-01-01", TODAY))
                .hasMessageContaining("calendar year");
    }

    @Test
    void extensionsChainFromTheCurrentDeadlineAndOnlyMoveItLater() {
        ConventionObligations extended = cambodia().withExtension("2020-01-01", "2009-11-27", "2RC")
                .withExtension("2025-12-31", "2019-11-29", "4RC");

        assertThat(extended.article5().currentDeadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(extended.article5().extensions()).extracting(Article5Extension::previousDeadline)
                .containsExactly(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> extended.withExtension("2024-01-01", "2023-11-20", null))
                .hasMessageContaining("after the current deadline");
        assertThatThrownBy(() -> ConventionObligations.NONE.withExtension("2024-01-01", "2023-11-20", null))
                .hasMessageContaining("original Article 5 deadline");
    }

    @Test
    void correctingTheOriginalDeadlineKeepsTheHistoryConsistent() {
        ConventionObligations extended = cambodia().withExtension("2020-01-01", "2009-11-27", "2RC");

        ConventionObligations corrected = extended.withBasics("2000-01-01", "2010-03-01", null);

        assertThat(corrected.article5().extensions().getFirst().previousDeadline()).isEqualTo(LocalDate.of(2010, 3, 1));
        assertThatThrownBy(() -> extended.withBasics("2000-01-01", null, null)).hasMessageContaining("extensions");
        assertThatThrownBy(() -> extended.withBasics("2000-01-01", "1999-01-01", null))
                .hasMessageContaining("after entry into force");
    }

    @Test
    void sessionsAreKeptInDateOrder() {
        ConventionObligations sessions = cambodia().withSession("2025-06-01", "Second", null)
                .withSession("2024-06-01", "First", "meeting-1");

        assertThat(sessions.sessions()).extracting(IndividualisedApproachSession::title)
                .containsExactly("First", "Second");
        assertThatThrownBy(() -> cambodia().withSession("soon", null, null)).hasMessageContaining("YYYY-MM-DD");
    }
}
