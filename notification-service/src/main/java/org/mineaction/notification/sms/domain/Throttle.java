package org.mineaction.notification.sms.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the sends of one sender at least {@code 1/ratePerSecond} apart, as SMS providers limit
 * each sender's throughput (e.g. 1 SMS per second for a long code) and answer 429 or queue when
 * it is exceeded. Deterministic spacing rather than a bucket: no burst at a window boundary.
 */
public final class Throttle {

    private final Duration interval;
    private Instant last;

    public Throttle(int ratePerSecond) {
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("A rate is at least 1 per second: " + ratePerSecond);
        }
        this.interval = Duration.ofNanos(1_000_000_000L / ratePerSecond);
    }

    public Duration interval() {
        return interval;
    }

    /** How long to wait at {@code now} before the next send; zero when it may go at once. */
    public synchronized Duration waitBefore(Instant now) {
        if (last == null) {
            return Duration.ZERO;
        }
        Instant next = last.plus(interval);
        return now.isBefore(next) ? Duration.between(now, next) : Duration.ZERO;
    }

    /** A send was made (or attempted: the provider counted it) at {@code at}. */
    public synchronized void sent(Instant at) {
        if (last == null || at.isAfter(last)) {
            last = at;
        }
    }
}
