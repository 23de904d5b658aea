package org.mineaction.platform.identity.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The recent failed sign-ins of one key (an account or an address) and whether it is locked.
 * Immutable: every change returns the next state, which the caller stores.
 *
 * @param failures    when the failures still inside the window happened, oldest first
 * @param lockedUntil until when every attempt fails, or {@code null}
 */
public record LoginThrottle(List<Instant> failures, Instant lockedUntil) {

    public static final LoginThrottle NONE = new LoginThrottle(List.of(), null);

    public LoginThrottle {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Records a failure; the one that reaches the limit within the window locks the key. */
    public LoginThrottle failed(Instant now, ThrottlePolicy policy) {
        Instant windowStart = now.minus(policy.window());
        List<Instant> recent = new ArrayList<>();
        for (Instant failure : failures) {
            if (failure.isAfter(windowStart)) {
                recent.add(failure);
            }
        }
        recent.add(now);
        Instant lock = isLocked(now) ? lockedUntil : null;
        if (recent.size() >= policy.maxFailures()) {
            lock = now.plus(policy.lockFor());
            // The lock is the memory now: start counting afresh once it ends.
            recent.clear();
        }
        return new LoginThrottle(recent, lock);
    }

    /** A successful sign-in forgets the failures before it. */
    public LoginThrottle succeeded() {
        return NONE;
    }
}
