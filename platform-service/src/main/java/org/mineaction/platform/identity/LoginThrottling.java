package org.mineaction.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.mineaction.platform.identity.domain.LoginThrottle;
import org.mineaction.platform.identity.domain.ThrottlePolicy;
import org.mineaction.platform.identity.persistence.LoginThrottleDocument;
import org.mineaction.platform.identity.persistence.LoginThrottleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account (5 in 15 minutes lock it for 15 minutes by default) and per client
 * address (a higher limit, against one address guessing many accounts). Kept in MongoDB, so a
 * lock survives a restart and holds on every instance. Unknown accounts are counted too, so a lock
 * tells nothing about whether an account exists.
 */
@Component
public class LoginThrottling {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottling.class);
    private static final int ATTEMPTS = 5;

    private final LoginThrottleRepository throttles;
    private final ThrottlePolicy accountPolicy;
    private final ThrottlePolicy addressPolicy;
    private final Clock clock;

    LoginThrottling(LoginThrottleRepository throttles, IdentityProperties properties, Clock clock) {
        this.throttles = throttles;
        this.accountPolicy = properties.throttle().account();
        this.addressPolicy = properties.throttle().address();
        this.clock = clock;
    }

    public boolean isLocked(String account, String address) {
        Instant now = clock.instant();
        return current(accountKey(account)).isLocked(now) || current(addressKey(address)).isLocked(now);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        LoginThrottle forAccount = update(accountKey(account), throttle -> throttle.failed(now, accountPolicy));
        LoginThrottle forAddress = update(addressKey(address), throttle -> throttle.failed(now, addressPolicy));
        if (forAccount.isLocked(now) && forAccount.failures().isEmpty()) {
            log.warn("Sign-in locked for an account until {} after {} failures", forAccount.lockedUntil(),
                    accountPolicy.maxFailures());
        }
        if (forAddress.isLocked(now) && forAddress.failures().isEmpty()) {
            log.warn("Sign-in locked for address {} until {}", address, forAddress.lockedUntil());
        }
    }

    public void succeeded(String account) {
        throttles.deleteById(accountKey(account));
    }

    private LoginThrottle current(String key) {
        return throttles.findById(key).map(LoginThrottleDocument::toThrottle).orElse(LoginThrottle.NONE);
    }

    private LoginThrottle update(String key, UnaryOperator<LoginThrottle> change) {
        for (int attempt = 1; ; attempt++) {
            var existing = throttles.findById(key);
            LoginThrottle next = change.apply(existing.map(LoginThrottleDocument::toThrottle).orElse(LoginThrottle.NONE));
            try {
                throttles.save(LoginThrottleDocument.of(key, next, existing.map(LoginThrottleDocument::version).orElse(null)));
                return next;
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
