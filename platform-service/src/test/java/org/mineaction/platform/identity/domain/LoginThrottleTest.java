package org.mineaction.platform.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final ThrottlePolicy ADDRESS = new ThrottlePolicy(50, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private static LoginThrottle failTimes(LoginThrottle throttle, int times, Instant start, Duration step,
            ThrottlePolicy policy) {
        LoginThrottle result = throttle;
        for (int i = 0; i < times; i++) {
            result = result.failed(start.plus(step.multipliedBy(i)), policy);
        }
        return result;
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
        LoginThrottle four = failTimes(LoginThrottle.NONE, 4, T0, Duration.ofMinutes(1), ACCOUNT);
        assertThat(four.isLocked(T0.plus(Duration.ofMinutes(4)))).isFalse();

        Instant fifth = T0.plus(Duration.ofMinutes(5));
        LoginThrottle locked = four.failed(fifth, ACCOUNT);

        assertThat(locked.isLocked(fifth)).isTrue();
        assertThat(locked.isLocked(fifth.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(locked.isLocked(fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        LoginThrottle four = failTimes(LoginThrottle.NONE, 4, T0, Duration.ofMinutes(1), ACCOUNT);

        LoginThrottle later = four.failed(T0.plus(Duration.ofMinutes(16)), ACCOUNT);

        // The failures at minutes 0 and 1 left the window; those at 2 and 3 and the new one remain.
        assertThat(later.isLocked(T0.plus(Duration.ofMinutes(16)))).isFalse();
        assertThat(later.failures()).hasSize(3);
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        LoginThrottle four = failTimes(LoginThrottle.NONE, 4, T0, Duration.ofSeconds(1), ACCOUNT);

        LoginThrottle afterSuccess = four.succeeded().failed(T0.plusSeconds(10), ACCOUNT);

        assertThat(afterSuccess.isLocked(T0.plusSeconds(10))).isFalse();
    }

    @Test
    void anAddressHasItsOwnHigherLimit() {
        LoginThrottle fortyNine = failTimes(LoginThrottle.NONE, 49, T0, Duration.ofSeconds(5), ADDRESS);
        Instant now = T0.plus(Duration.ofSeconds(5 * 49));
        assertThat(fortyNine.isLocked(now)).isFalse();

        LoginThrottle fifty = fortyNine.failed(now, ADDRESS);

        assertThat(fifty.isLocked(now)).isTrue();
        assertThat(fifty.isLocked(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void countingStartsAfreshOnceALockEnds() {
        LoginThrottle locked = failTimes(LoginThrottle.NONE, 5, T0, Duration.ofSeconds(1), ACCOUNT);
        Instant afterLock = T0.plus(Duration.ofMinutes(20));

        LoginThrottle oneMore = locked.failed(afterLock, ACCOUNT);

        assertThat(oneMore.isLocked(afterLock)).isFalse();
        assertThat(oneMore.failures()).containsExactly(afterLock);
    }
}
