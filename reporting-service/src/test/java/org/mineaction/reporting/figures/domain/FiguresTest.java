package org.mineaction.reporting.figures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.projection.EventStamp;

class FiguresTest {

    private static int events;

    private static EventStamp stamp(String time) {
        return new EventStamp(Instant.parse(time + "T10:00:00Z"), "e" + (events++));
    }

    private static Meeting held(String id, String day, Set<String> attendees) {
        return Meeting.known(id).scheduled("REGULAR", null, LocalDate.parse(day), stamp("2024-01-01"))
                .held(LocalDate.parse(day), attendees, Map.of(), stamp(day));
    }

    private static PlatformProfile profile(Cadence cadence, String registeredOn) {
        return new PlatformProfile("KHM", "Cambodia", Region.ASIA, cadence, null, LocalDate.parse(registeredOn),
                stamp(registeredOn));
    }

    @Test
    void aRunningPeriodIsNotMissedUntilItIsOverButCountsOnceItHadItsMeeting() {
        List<Meeting> meetings = List.of(held("a", "2026-02-10", Set.of()), held("b", "2026-10-05", Set.of()));
        MeetingFigures figures = Figures.meetings(meetings, 2026, profile(Cadence.QUARTERLY, "2025-06-01"));

        // Q1 met, Q2 and Q3 over and missed, Q4 running but met.
        assertThat(figures.expected(2026, LocalDate.parse("2026-11-23"))).isEqualTo(4);
        assertThat(figures.onTimeRate(2026, LocalDate.parse("2026-11-23"))).isEqualTo(0.5);
        // Before the Q4 meeting, the running quarter was not due yet.
        MeetingFigures beforeQ4 = Figures.meetings(meetings.subList(0, 1), 2026,
                profile(Cadence.QUARTERLY, "2025-06-01"));
        assertThat(beforeQ4.expected(2026, LocalDate.parse("2026-11-23"))).isEqualTo(3);
        assertThat(beforeQ4.onTimeRate(2026, LocalDate.parse("2026-11-23"))).isEqualTo(0.3333);
    }

    @Test
    void nothingIsExpectedBeforeThePlatformExisted() {
        MeetingFigures figures = Figures.meetings(List.of(held("a", "2024-11-10", Set.of())), 2024,
                profile(Cadence.MONTHLY, "2024-10-15"));
        assertThat(figures.expected(2024, LocalDate.parse("2026-01-01"))).isEqualTo(3);
        assertThat(figures.met(2024, LocalDate.parse("2026-01-01"))).isEqualTo(1);
    }

    @Test
    void aMeetingPartIsOnlyReplacedByANewerEventOfThatPart() {
        Meeting meeting = held("a", "2024-03-01", Set.of("m1"));
        EventStamp oldSchedule = meeting.scheduleStamp();
        Meeting replayed = meeting.scheduled("REGULAR", null, LocalDate.parse("2024-01-01"), oldSchedule);
        assertThat(replayed).isEqualTo(meeting);
        assertThat(meeting.cancelled(stamp("2024-03-02")).isCancelled()).as("held stays held").isFalse();
        assertThat(Meeting.known("b").scheduled(null, null, LocalDate.parse("2024-05-01"), stamp("2024-04-01"))
                .cancelled(stamp("2024-04-02")).isCancelled()).isTrue();
    }

    @Test
    void attendanceCountsEachMemberOnceAndGuestsByCategory() {
        Meeting first = Meeting.known("a").held(LocalDate.parse("2024-02-01"), Set.of("m1", "m2"),
                Map.of("UN_AGENCY", 2), stamp("2024-02-01"));
        Meeting second = Meeting.known("b").held(LocalDate.parse("2024-05-01"), Set.of("m1", "m3"), Map.of(),
                stamp("2024-05-01"));
        AttendanceFigures figures = Figures.attendance(List.of(first, second), 2024, Map.of(
                "m1", new Attendee("MINISTRY", "FEMALE", "AGE_25_39", true, false),
                "m2", new Attendee("UN_AGENCY", "MALE", null, false, false)));

        assertThat(figures.meetingsHeld()).isEqualTo(2);
        assertThat(figures.memberAttendances()).isEqualTo(4);
        assertThat(figures.distinctMembers()).isEqualTo(3);
        assertThat(figures.byCategory()).isEqualTo(Map.of("MINISTRY", 1, "UN_AGENCY", 1 + 2, "UNKNOWN", 1));
        assertThat(figures.byGender()).isEqualTo(Map.of("FEMALE", 1, "MALE", 1));
        assertThat(figures.genderNotDeclared()).isEqualTo(1);
        assertThat(figures.ageGroupNotDeclared()).isEqualTo(2);
        assertThat(figures.withDisability()).isEqualTo(1);
    }

    @Test
    void aTopicRaisedAgainRecursAndCountsInLaterYears() {
        List<Outcome> outcomes = List.of(
                outcome("o1", "m1", OutcomeKind.CHALLENGE, "gap", "2023-05-01"),
                outcome("o2", "m2", OutcomeKind.CHALLENGE, "gap", "2024-02-01"),
                outcome("o3", "m2", OutcomeKind.NEED, "boats", "2024-02-01"),
                outcome("o4", "m3", OutcomeKind.NEED, "boats", "2024-06-01"));
        OutcomeFigures y2023 = Figures.outcomes(outcomes, 2023);
        OutcomeFigures y2024 = Figures.outcomes(outcomes, 2024);

        assertThat(y2023.recurringChallenges()).isZero();
        assertThat(y2024.recurringChallenges()).isEqualTo(1);
        assertThat(y2024.recurringNeeds()).as("raised at two meetings of the year").isEqualTo(1);
        assertThat(y2024.count(OutcomeKind.NEED, null)).isEqualTo(2);
        assertThat(y2024.topics()).extracting(OutcomeFigures.Topic::timesRaised).containsExactly(2, 2);
    }

    private static Outcome outcome(String id, String meeting, OutcomeKind kind, String topic, String day) {
        return new Outcome(id, meeting, kind, "ARTICLE_5_CLEARANCE", topic, null, LocalDate.parse(day), stamp(day));
    }

    @Test
    void aMultiYearCommitmentIsSpreadEvenlyToTheCent() {
        Commitment commitment = new Commitment("c", "org", "Norway", null, null, CommitmentType.PLEDGE,
                new BigDecimal("100.00"), "NOK", List.of(2026, 2024, 2025), LocalDate.parse("2024-01-01"),
                stamp("2024-01-01"));
        assertThat(commitment.amountByYear()).containsExactly(Map.entry(2024, new BigDecimal("33.33")),
                Map.entry(2025, new BigDecimal("33.33")), Map.entry(2026, new BigDecimal("33.34")));
        CommitmentFigures y2025 = Figures.commitments(List.of(commitment), 2025);
        assertThat(y2025.byTypeAndCurrency()).isEqualTo(Map.of("PLEDGE", Map.of("NOK", new BigDecimal("33.33"))));
        assertThat(y2025.donors()).singleElement().extracting(CommitmentFigures.Donor::donorName).isEqualTo("Norway");
    }

    @Test
    void actionPointsCountOverdueOnReadAndTheMedianOfTheDoneOnes() {
        List<ActionPoint> points = List.of(
                point("a", "2024-01-10", "2024-02-01", ActionPointStatus.DONE, "2024-01-20"),
                point("b", "2024-01-10", "2024-03-01", ActionPointStatus.DONE, "2024-02-09"),
                point("c", "2024-04-10", "2024-12-31", ActionPointStatus.IN_PROGRESS, null),
                point("d", "2024-04-10", null, ActionPointStatus.OPEN, null),
                point("e", "2024-07-10", "2024-08-01", ActionPointStatus.DROPPED, "2024-07-11"));
        ActionPointFigures figures = Figures.actionPoints(points);

        assertThat(figures.medianDaysToClose()).isEqualTo(20.0);
        assertThat(figures.completionRate()).isEqualTo(0.5);
        assertThat(figures.overdue(LocalDate.parse("2024-12-31"))).isZero();
        assertThat(figures.overdue(LocalDate.parse("2025-01-01"))).isEqualTo(1);
        assertThat(figures.openedByQuarter()).containsExactly(2, 2, 1, 0);
    }

    private static ActionPoint point(String id, String opened, String due, ActionPointStatus status, String closed) {
        return new ActionPoint(id, LocalDate.parse(opened), due == null ? null : LocalDate.parse(due), status,
                closed == null ? null : LocalDate.parse(closed), stamp(opened));
    }

    @Test
    void convertsWithTheRatesOfTheYearAndNamesWhatItCannot() {
        ExchangeRates rates = new ExchangeRates("USD", Map.of(2024, Map.of("EUR", new BigDecimal("1.10"))));
        ExchangeRates.Converted converted = rates.convert(2024, Map.of("EUR", new BigDecimal("10"), "USD",
                new BigDecimal("1.5"), "XAF", new BigDecimal("1000")));
        assertThat(converted.amount()).isEqualByComparingTo("12.50");
        assertThat(converted.unconverted()).containsExactly("XAF");
        assertThat(rates.convert(2025, Map.of("EUR", BigDecimal.ONE)).unconverted()).containsExactly("EUR");
    }
}
