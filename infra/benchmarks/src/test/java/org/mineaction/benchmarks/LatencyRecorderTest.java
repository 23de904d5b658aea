package org.mineaction.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void percentilesAreNearestRankOverEveryRecordedRequest() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int millis = 1; millis <= 100; millis++) {
            recorder.record(millis * 1_000_000L, millis != 100);
        }

        LatencyRecorder.Summary summary = recorder.summarise(2.0);

        assertThat(summary.requests()).isEqualTo(100);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.throughputPerSecond()).isEqualTo(50.0);
        assertThat(summary.p50Millis()).isEqualTo(50.0);
        assertThat(summary.p99Millis()).isEqualTo(99.0);
        assertThat(summary.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void growsPastItsInitialCapacity() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < 200_000; i++) {
            recorder.record(i, true);
        }
        assertThat(recorder.summarise(1.0).requests()).isEqualTo(200_000);
    }

    @Test
    void refusesTargetsOutsideThisMachine() {
        assertThatThrownBy(() -> HttpLoad.Settings.parse("--target=x=http://10.0.0.1/api"))
                .hasMessageContaining("loopback");
        assertThat(HttpLoad.Settings.parse("--target=g=http://localhost:8080/a", "--concurrency=5").concurrency())
                .isEqualTo(5);
    }
}
