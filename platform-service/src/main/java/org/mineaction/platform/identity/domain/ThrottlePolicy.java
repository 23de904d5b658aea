package org.mineaction.platform.identity.domain;

import java.time.Duration;

/**
 * When failed sign-ins lock a key (an account or an address): {@code maxFailures} within
 * {@code window} lock it for {@code lockFor}.
 */
public record ThrottlePolicy(int maxFailures, Duration window, Duration lockFor) {

    public ThrottlePolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one failure and positive durations");
        }
    }
}
