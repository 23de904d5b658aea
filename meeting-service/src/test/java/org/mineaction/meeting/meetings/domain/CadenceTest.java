package org.mineaction.meeting.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {

    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    static Meeting lastHeldOn(LocalDateTime localStart, ZoneId zone) {
        Instant start = localStart.atZone(zone).toInstant();
        return Meeting.draft("last", "COL", MeetingTest.details("Q"),
                new Schedule(start, start.plusSeconds(7200), zone.getId(), "DAICMA", null), List.of(), "s", start)
                .schedule(start);
    }

    @Test
    void threeMonthsAfterTheLastAtTheSameLocalTime() {
        Meeting last = lastHeldOn(LocalDateTime.of(2026, 11, 10, 9, 30), BOGOTA);
        Cadence.Proposal next = Cadence.after(last, Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(next.startsAt().atZone(BOGOTA).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 2, 10, 9, 30));
        assertThat(next.endsAt()).isEqualTo(next.startsAt().plusSeconds(7200));
        assertThat(next.basedOnMeetingId()).isEqualTo("last");
    }

    @Test
    void keepsTheLocalTimeAcrossADaylightSavingChangeAndSkipsWeekends() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // 14 January 2027 (winter, +01:00) -> 14 April 2027 is summer time (+02:00): still 10:00 local.
        Meeting last = lastHeldOn(LocalDateTime.of(2027, 1, 14, 10, 0), paris);
        Cadence.Proposal next = Cadence.after(last, Instant.parse("2027-01-20T00:00:00Z"));
        assertThat(next.startsAt().atZone(paris).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 4, 14, 10, 0));

        // 17 January 2027 + 3 months = Saturday 17 April -> Monday 19 April.
        Meeting saturday = lastHeldOn(LocalDateTime.of(2027, 1, 17, 10, 0), paris);
        Cadence.Proposal moved = Cadence.after(saturday, Instant.parse("2027-01-20T00:00:00Z"));
        assertThat(moved.startsAt().atZone(paris).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(moved.startsAt().atZone(paris).toLocalDate()).hasToString("2027-04-19");
    }

    @Test
    void aLongPauseProposesTheNextQuarterFromNowNotFromThePast() {
        Meeting last = lastHeldOn(LocalDateTime.of(2025, 1, 14, 9, 0), BOGOTA);
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        assertThat(Cadence.after(last, now).startsAt()).isAfter(now);
    }

    @Test
    void withoutAPreviousMeetingTheFirstTuesdayOfTheNextQuarter() {
        Cadence.Proposal first = Cadence.first(BOGOTA, Instant.parse("2026-11-23T15:00:00Z"));
        assertThat(first.startsAt().atZone(BOGOTA).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 5, 9, 0));
        Cadence.Proposal spring = Cadence.first(BOGOTA, Instant.parse("2027-02-01T15:00:00Z"));
        assertThat(spring.startsAt().atZone(BOGOTA).toLocalDate()).hasToString("2027-04-06");
    }
}
