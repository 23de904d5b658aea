package org.mineaction.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.awaitility.core.ThrowingRunnable;

/** Waits for what a service does asynchronously (a record consumed, a projection updated), never with sleep. */
public final class Eventually {

    private Eventually() {
    }

    /** Retries the assertion every 200 ms until it holds, for at most 30 s. */
    public static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(assertion);
    }
}
