package org.mineaction.notification.sms;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.work.PollingLoop;
import org.mineaction.chassis.work.PollingWorker;
import org.mineaction.notification.delivery.SendGuards;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.delivery.messaging.NotificationEvents;
import org.mineaction.notification.delivery.domain.RetryPolicy;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.mineaction.notification.sms.domain.SmsStatus;
import org.mineaction.notification.sms.domain.Throttle;
import org.mineaction.notification.sms.persistence.ClaimedSms;
import org.mineaction.notification.sms.persistence.SmsStore;
import org.mineaction.notification.unsubscribe.Unsubscribes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends queued SMS when they are due, on its own thread and claim loop: the provider's rate limit
 * and its outages make SMS wait, never e-mail (see {@code NotificationDispatcher}).
 *
 * <p>Each SMS is claimed with a lease, as e-mails are. A circuit breaker per provider stops the
 * attempts while the provider is down (without using up the messages' attempts); a throttle per
 * sender keeps the provider's throughput limit. A message refused for good fails alone, with the
 * provider's reason, and falls back to e-mail when the member has an address.
 */
@Component
class SmsDispatcher extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final SmsStore store;
    private final SmsProvider provider;
    private final SmsFallback fallback;
    private final Unsubscribes unsubscribes;
    private final NotificationEvents events;
    private final SmsProperties properties;
    private final CircuitBreaker circuitBreaker;
    private final Throttle throttle;
    private final QuietHours quietHours;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final PollingLoop loop;
    private final SendGuards guards;

    SmsDispatcher(SmsStore store, SmsProvider provider, SmsFallback fallback, Unsubscribes unsubscribes,
            NotificationEvents events, SmsProperties properties, CircuitBreakerRegistry circuitBreakers, Clock clock,
            SendGuards guards) {
        this.guards = guards;
        this.events = events;
        this.store = store;
        this.unsubscribes = unsubscribes;
        this.provider = provider;
        this.fallback = fallback;
        this.properties = properties;
        this.circuitBreaker = circuitBreakers.circuitBreaker(circuitBreakerOf(provider));
        this.throttle = new Throttle(properties.ratePerSecond());
        this.quietHours = properties.quietHoursRule();
        this.retryPolicy = properties.retryPolicy();
        this.clock = clock;
        this.loop = new PollingLoop("sms-dispatcher", properties.pollInterval(), STOP_GRACE, this::dispatchSafely);
    }

    /** The circuit breaker of a provider: {@code sms-<provider>}, configured in application.yml. */
    static String circuitBreakerOf(SmsProvider provider) {
        return "sms-" + provider.name();
    }

    void nudge() {
        loop.nudge();
    }

    /** Sends what is due, up to a batch, at the sender's pace; returns how many the provider took. */
    int dispatchDue() {
        int sent = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            if (!loop.isRunning()) {
                break;
            }
            Duration wait = throttle.waitBefore(clock.instant());
            if (!wait.isZero()) {
                // Come back when the sender may send again, leaving the thread free meanwhile.
                loop.nudgeAfter(wait.plusMillis(1));
                break;
            }
            Optional<ClaimedSms> claimed = store.claimNextDue(clock.instant(), properties.lease());
            if (claimed.isEmpty()) {
                break;
            }
            Outcome outcome = deliver(claimed.get());
            if (outcome == Outcome.SENT) {
                sent++;
            } else if (outcome == Outcome.PROVIDER_UNAVAILABLE) {
                break;
            }
        }
        return sent;
    }

    private Outcome deliver(ClaimedSms claim) {
        SmsMessage message = claim.message();
        Optional<String> stale = guards.staleReason(message.guard());
        if (stale.isPresent()) {
            store.release(claim, message.skipped("no longer due: " + stale.get()));
            log.info("{} SMS {} for platform {} not sent: {}", message.kind(), message.id(), message.countryCode(),
                    stale.get());
            return Outcome.SKIPPED;
        }
        if (unsubscribes.optedOut(message.recipient().memberId(), message.category())) {
            SmsMessage skipped = message.skipped("the member opted out of " + message.category());
            store.release(claim, skipped);
            log.info("{} SMS {} for platform {} not sent: {}", message.kind(), message.id(), message.countryCode(),
                    skipped.lastError());
            return Outcome.SKIPPED;
        }
        String providerId;
        try {
            providerId = circuitBreaker.executeCallable(() -> {
                try {
                    if (message.attempts() > 0) {
                        // The last attempt may have reached the provider though its answer did not reach
                        // us (a timeout): ask before sending it a second time.
                        Optional<String> accepted = provider.findAccepted(message);
                        if (accepted.isPresent()) {
                            log.info("SMS {} was accepted by provider {} on an earlier attempt as {}: not sent again",
                                    message.id(), provider.name(), accepted.get());
                            return accepted.get();
                        }
                    }
                    return provider.send(message);
                } finally {
                    // Counted from the answer: however long the request took, the provider sees the gap.
                    throttle.sent(clock.instant());
                }
            });
        } catch (CallNotPermittedException open) {
            Duration retryAfter = Duration.ofMillis(
                    circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
            store.release(claim, message.postponedUntil(clock.instant().plus(retryAfter), quietHours));
            log.info("SMS {} postponed by {}: the circuit to provider {} is open", message.id(), retryAfter,
                    provider.name());
            return Outcome.PROVIDER_UNAVAILABLE;
        } catch (SmsRejectedException e) {
            failed(claim, e.getMessage(), true);
            return Outcome.FAILED;
        } catch (Exception e) {
            failed(claim, e instanceof SmsProviderException ? e.getMessage() : e.toString(), false);
            return Outcome.FAILED;
        }
        SmsMessage sent = message.sent(providerId, clock.instant());
        if (!store.release(claim, sent, events.sent(sent.id(), sent.countryCode(), Channel.SMS, sent.kind(),
                sent.category(), sent.attempts()))) {
            log.warn("SMS {} was sent but its lease had been taken over: it may be sent twice", message.id());
        }
        events.published();
        log.info("{} SMS {} for platform {} accepted by provider {} as {} ({} segment(s), {})", message.kind(),
                message.id(), message.countryCode(), provider.name(), providerId, message.segments().segments(),
                message.segments().encoding());
        return Outcome.SENT;
    }

    private void failed(ClaimedSms claim, String reason, boolean permanent) {
        SmsMessage next = claim.message().attemptFailed(reason, permanent, clock.instant(), retryPolicy, quietHours);
        boolean givenUp = next.status() == SmsStatus.FAILED;
        store.release(claim, next, givenUp ? events.failed(next.id(), next.countryCode(), Channel.SMS, next.kind(),
                next.category(), next.attempts(), next.lastError()) : List.of());
        if (givenUp) {
            events.published();
            log.error("SMS {} for platform {} failed after {} attempt(s): {}", next.id(), next.countryCode(),
                    next.attempts(), reason);
            fallback.failedForGood(next);
        } else {
            log.warn("SMS {} attempt {} failed, next at {}: {}", next.id(), next.attempts(), next.nextAttemptAt(),
                    reason);
        }
    }

    private void dispatchSafely() {
        try {
            int sent = dispatchDue();
            if (sent > 0) {
                log.debug("{} SMS sent", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Dispatching SMS failed; will retry in {}: {}", properties.pollInterval(), e.toString());
        }
    }

    @Override
    protected PollingLoop loop() {
        return loop;
    }

    private enum Outcome { SENT, FAILED, SKIPPED, PROVIDER_UNAVAILABLE }
}
