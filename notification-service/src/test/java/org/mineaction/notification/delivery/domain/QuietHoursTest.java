package org.mineaction.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    private static final QuietHours NIGHT = QuietHours.DEFAULT;

    @Test
    void anSmsDueInTheDayGoesAtOnce() {
        Instant due = at("2026-11-23T10:00", PHNOM_PENH);

        assertThat(NIGHT.earliestSend(Channel.SMS, due, PHNOM_PENH)).isEqualTo(due);
    }

    @Test
    void anSmsDueInTheEveningWaitsForTheNextMorningInTheMembersZone() {
        Instant due = at("2026-11-23T21:00", PHNOM_PENH);

        assertThat(NIGHT.earliestSend(Channel.SMS, due, PHNOM_PENH)).isEqualTo(at("2026-11-24T08:00", PHNOM_PENH));
    }

    @Test
    void anSmsDueAfterMidnightWaitsForTheSameMorning() {
        Instant due = at("2026-11-24T03:30", BOGOTA);

        assertThat(NIGHT.earliestSend(Channel.SMS, due, BOGOTA)).isEqualTo(at("2026-11-24T08:00", BOGOTA));
        assertThat(NIGHT.earliestSend(Channel.SMS, at("2026-11-24T07:59:59", BOGOTA), BOGOTA))
                .isEqualTo(at("2026-11-24T08:00", BOGOTA));
        assertThat(NIGHT.earliestSend(Channel.SMS, at("2026-11-24T08:00", BOGOTA), BOGOTA))
                .isEqualTo(at("2026-11-24T08:00", BOGOTA));
    }

    @Test
    void theSameInstantIsNightForOneMemberAndDayForAnother() {
        Instant due = Instant.parse("2026-11-23T15:00:00Z"); // 22:00 in Phnom Penh, 10:00 in Bogota

        assertThat(NIGHT.earliestSend(Channel.SMS, due, PHNOM_PENH)).isEqualTo(at("2026-11-24T08:00", PHNOM_PENH));
        assertThat(NIGHT.earliestSend(Channel.SMS, due, BOGOTA)).isEqualTo(due);
        assertThat(NIGHT.isQuiet(due, PHNOM_PENH)).isTrue();
        assertThat(NIGHT.isQuiet(due, BOGOTA)).isFalse();
    }

    @Test
    void followsZonesWithOddOffsets() {
        Instant due = Instant.parse("2026-11-23T16:00:00Z"); // 21:45 in Kathmandu (+05:45)

        assertThat(NIGHT.earliestSend(Channel.SMS, due, KATHMANDU)).isEqualTo(Instant.parse("2026-11-24T02:15:00Z"));
    }

    @Test
    void anEmailGoesAnyTime() {
        Instant due = at("2026-11-23T23:00", PHNOM_PENH);

        assertThat(NIGHT.earliestSend(Channel.EMAIL, due, PHNOM_PENH)).isEqualTo(due);
    }

    @Test
    void theMorningAfterTheSpringForwardNightIsEightLocalTime() {
        // Paris leaves CET for CEST at 02:00 on 29 March 2026: the night is one hour shorter.
        Instant due = at("2026-03-28T22:00", PARIS);

        Instant morning = NIGHT.earliestSend(Channel.SMS, due, PARIS);

        assertThat(morning).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void theMorningAfterTheFallBackNightIsEightLocalTime() {
        // Paris goes back to CET at 03:00 on 25 October 2026: 02:30 happens twice, both are night.
        Instant firstHalfPast2 = Instant.parse("2026-10-25T00:30:00Z");
        Instant secondHalfPast2 = Instant.parse("2026-10-25T01:30:00Z");

        assertThat(NIGHT.earliestSend(Channel.SMS, firstHalfPast2, PARIS)).isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
        assertThat(NIGHT.earliestSend(Channel.SMS, secondHalfPast2, PARIS)).isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
    }

    @Test
    void aMorningInsideASpringForwardGapMovesToTheEndOfTheGap() {
        QuietHours untilHalfPast2 = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));

        assertThat(untilHalfPast2.earliestSend(Channel.SMS, at("2026-03-28T23:00", PARIS), PARIS))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST, 02:30 does not exist
    }

    @Test
    void aWindowThatDoesNotWrapMidnight() {
        QuietHours earlyHours = new QuietHours(LocalTime.MIDNIGHT, LocalTime.of(6, 0));

        assertThat(earlyHours.earliestSend(Channel.SMS, at("2026-11-23T23:00", BOGOTA), BOGOTA))
                .isEqualTo(at("2026-11-23T23:00", BOGOTA));
        assertThat(earlyHours.earliestSend(Channel.SMS, at("2026-11-24T01:00", BOGOTA), BOGOTA))
                .isEqualTo(at("2026-11-24T06:00", BOGOTA));
    }

    @Test
    void equalStartAndEndMeansNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.of(8, 0), LocalTime.of(8, 0));
        Instant due = at("2026-11-23T03:00", BOGOTA);

        assertThat(none.earliestSend(Channel.SMS, due, BOGOTA)).isEqualTo(due);
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
