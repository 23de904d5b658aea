package org.mineaction.chassis.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollingLoopTest {

    @Test
    void runsAtOnceOnStartAndAgainWhenNudged() {
        AtomicInteger runs = new AtomicInteger();
        PollingLoop loop = new PollingLoop("test-loop", Duration.ofHours(1), Duration.ofSeconds(1), runs::incrementAndGet);
        loop.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
            loop.nudge();
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
        } finally {
            loop.stop();
        }
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void keepsPollingAfterAFailedRun() {
        AtomicInteger runs = new AtomicInteger();
        PollingLoop loop = new PollingLoop("failing-loop", Duration.ofMillis(20), Duration.ofSeconds(1), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("store unreachable");
        });
        loop.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
        } finally {
            loop.stop();
        }
    }

    @Test
    void interruptsARunThatOutlastsTheGracePeriodAndIgnoresLaterNudges() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        PollingLoop loop = new PollingLoop("stuck-loop", Duration.ofHours(1), Duration.ofMillis(100), () -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
            }
        });
        loop.start();
        started.await();

        loop.stop();
        loop.nudge();

        await().atMost(Duration.ofSeconds(5)).until(() -> interrupted.get() == 1);
        assertThat(loop.isRunning()).isFalse();
    }
}
