package org.mineaction.notification.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theFirstSendGoesAtOnce() {
        assertThat(new Throttle(1).waitBefore(T0)).isZero();
    }

    @Test
    void keepsSendsOneIntervalApart() {
        Throttle oneASecond = new Throttle(1);
        oneASecond.sent(T0);

        assertThat(oneASecond.waitBefore(T0.plusMillis(300))).isEqualTo(Duration.ofMillis(700));
        assertThat(oneASecond.waitBefore(T0.plusSeconds(1))).isZero();
        assertThat(oneASecond.waitBefore(T0.plusSeconds(5))).isZero();
    }

    @Test
    void aHigherRateMeansAShorterInterval() {
        Throttle fourASecond = new Throttle(4);
        fourASecond.sent(T0);

        assertThat(fourASecond.interval()).isEqualTo(Duration.ofMillis(250));
        assertThat(fourASecond.waitBefore(T0.plusMillis(100))).isEqualTo(Duration.ofMillis(150));
    }

    @Test
    void aLateReportDoesNotMoveTheLastSendBack() {
        Throttle throttle = new Throttle(1);
        throttle.sent(T0.plusSeconds(10));
        throttle.sent(T0);

        assertThat(throttle.waitBefore(T0.plusSeconds(10))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void needsAPositiveRate() {
        assertThatThrownBy(() -> new Throttle(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
