package org.mineaction.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mineaction.reporting.figures.domain.Generation;

class RenderedReportsTest {

    private final AtomicLong writes = new AtomicLong();
    private final AtomicReference<Generation> generation = new AtomicReference<>(Generation.FIRST);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T12:00:00Z"));
    private final AtomicInteger renders = new AtomicInteger();

    private RenderedReports reports(Duration maxAge) {
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        return new RenderedReports(writes::get, generation::get, clock, maxAge);
    }

    private String body(RenderedReports reports) {
        return new String(reports.body("table", () -> ("render " + renders.incrementAndGet())
                .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void reusesABodyOnlyWhileNothingWasWrittenTheGenerationIsTheSameAndItIsYoungEnough() {
        RenderedReports reports = reports(Duration.ofSeconds(2));
        assertThat(body(reports)).isEqualTo("render 1");
        assertThat(body(reports)).isEqualTo("render 1");

        writes.incrementAndGet();
        assertThat(body(reports)).as("a write here").isEqualTo("render 2");

        generation.set(Generation.FIRST.next());
        assertThat(body(reports)).as("a rebuild switched over").isEqualTo("render 3");

        now.set(now.get().plusSeconds(2));
        assertThat(body(reports)).as("too old: another instance may have written").isEqualTo("render 4");
    }

    @Test
    void rendersEveryTimeWhenTurnedOff() {
        RenderedReports reports = reports(Duration.ZERO);
        assertThat(body(reports)).isEqualTo("render 1");
        assertThat(body(reports)).isEqualTo("render 2");
    }

    @Test
    void whileOneRequestRendersAnOldBodyAgainTheOthersGetThePreviousOne() {
        RenderedReports reports = reports(Duration.ofSeconds(2));
        assertThat(body(reports)).isEqualTo("render 1");
        now.set(now.get().plusSeconds(3));
        String[] seenDuringRender = new String[1];
        byte[] rendered = reports.body("table", () -> {
            seenDuringRender[0] = body(reports);
            return "render again".getBytes(StandardCharsets.UTF_8);
        });
        assertThat(seenDuringRender[0]).isEqualTo("render 1");
        assertThat(new String(rendered, StandardCharsets.UTF_8)).isEqualTo("render again");
        assertThat(body(reports)).isEqualTo("render again");
    }
}
