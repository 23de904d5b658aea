package org.mineaction.notification.delivery.domain;

import java.time.Duration;

/**
 * How long to wait after failed attempts: exponential backoff, capped, and how many attempts
 * before giving up, so a mail server that is down for a while loses nothing and one that never
 * accepts a message does not get it forever.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, double multiplier, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || multiplier < 1 || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Not a usable retry policy: " + maxAttempts + " attempts, "
                    + firstDelay + " x " + multiplier + " up to " + maxDelay);
        }
    }

    /** The wait before the next attempt, after {@code failedAttempts} (at least 1) have failed. */
    public Duration delayAfter(int failedAttempts) {
        double millis = firstDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
    }

    public boolean exhaustedAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
