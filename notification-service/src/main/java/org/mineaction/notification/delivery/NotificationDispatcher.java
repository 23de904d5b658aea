package org.mineaction.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineaction.chassis.work.PollingLoop;
import org.mineaction.chassis.work.PollingWorker;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.delivery.messaging.NotificationEvents;
import org.mineaction.notification.delivery.domain.NotificationStatus;
import org.mineaction.notification.delivery.domain.RetryPolicy;
import org.mineaction.notification.delivery.persistence.ClaimedNotification;
import org.mineaction.notification.delivery.persistence.NotificationStore;
import org.mineaction.notification.unsubscribe.Unsubscribes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends queued notifications when they are due: right after one is queued and on a schedule, for
 * retries and for what a stopped instance left behind.
 *
 * <p>Each notification is claimed with a lease before it is sent, so two instances never send the
 * same one; a lease left by an instance that died mid-send expires and the notification is sent
 * again with the same Message-ID. One thread per instance does the sending.
 */
@Component
class NotificationDispatcher extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final NotificationStore store;
    private final Mailer mailer;
    private final Unsubscribes unsubscribes;
    private final NotificationEvents events;
    private final DeliveryProperties properties;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final PollingLoop loop;
    private final SendGuards guards;
    private final ObjectProvider<TriggerHandler> triggers;

    NotificationDispatcher(NotificationStore store, Mailer mailer, Unsubscribes unsubscribes,
            NotificationEvents events, DeliveryProperties properties, Clock clock, SendGuards guards,
            ObjectProvider<TriggerHandler> triggers) {
        this.guards = guards;
        this.triggers = triggers;
        this.events = events;
        this.store = store;
        this.mailer = mailer;
        this.unsubscribes = unsubscribes;
        this.properties = properties;
        this.retryPolicy = properties.retryPolicy();
        this.clock = clock;
        this.loop = new PollingLoop("notification-dispatcher", properties.pollInterval(), STOP_GRACE, this::dispatchSafely);
    }

    /** Ask for a run now rather than at the next poll. */
    void nudge() {
        loop.nudge();
    }

    /**
     * Claims what is due, up to a batch, and handles it: triggers run, stale or opted-out messages
     * are skipped, the rest go to the mail server over one connection. Returns how many the server
     * took; a full batch asks for the next one at once rather than after the poll interval.
     */
    int dispatchDue() {
        if (!loop.isRunning()) {
            return 0;
        }
        List<ClaimedNotification> claims = store.claimDue(clock.instant(), properties.lease(), properties.batchSize());
        List<ClaimedNotification> toSend = new ArrayList<>();
        for (ClaimedNotification claim : claims) {
            if (prepare(claim)) {
                toSend.add(claim);
            }
        }
        int sent = send(toSend);
        if (claims.size() >= properties.batchSize()) {
            loop.nudge();
        }
        return sent;
    }

    /** Runs a trigger or skips what must not go; true when the claim is a message to send. */
    private boolean prepare(ClaimedNotification claim) {
        Notification notification = claim.notification();
        Optional<String> stale = guards.staleReason(notification.guard());
        if (stale.isPresent()) {
            store.release(claim, notification.skipped("no longer due: " + stale.get()));
            log.info("{} {} for platform {} not sent: {}", notification.kind(), notification.id(),
                    notification.countryCode(), stale.get());
            return false;
        }
        if (notification.isTrigger()) {
            fire(claim);
            return false;
        }
        if (unsubscribes.optedOut(notification.memberId(), notification.category())) {
            Notification skipped = notification.skipped("the member opted out of " + notification.category());
            store.release(claim, skipped);
            log.info("{} notification {} for platform {} not sent: {}", notification.kind(), notification.id(),
                    notification.countryCode(), skipped.lastError());
            return false;
        }
        return true;
    }

    private void fire(ClaimedNotification claim) {
        Notification trigger = claim.notification();
        Optional<TriggerHandler> handler = triggers.orderedStream().filter(h -> h.kind().equals(trigger.kind()))
                .findFirst();
        if (handler.isEmpty()) {
            failed(claim, "no handler for trigger " + trigger.kind(), true);
            return;
        }
        try {
            handler.get().fire(trigger);
        } catch (RuntimeException e) {
            failed(claim, e.toString(), false);
            return;
        }
        store.release(claim, trigger.sent(clock.instant()));
        log.info("{} {} for platform {} ran", trigger.kind(), trigger.id(), trigger.countryCode());
    }

    private int send(List<ClaimedNotification> claims) {
        if (claims.isEmpty()) {
            return 0;
        }
        Map<IdempotencyKey, DeliveryFailedException> failures;
        try {
            failures = mailer.sendAll(claims.stream().map(ClaimedNotification::notification).toList());
        } catch (MailerUnavailableException e) {
            Instant later = clock.instant().plus(e.retryAfter());
            claims.forEach(claim -> store.release(claim, claim.notification().postponedUntil(later)));
            log.info("{} notification(s) postponed by {}: {}", claims.size(), e.retryAfter(), e.getMessage());
            return 0;
        } catch (RuntimeException e) {
            claims.forEach(claim -> failed(claim, e.toString(), false));
            return 0;
        }
        int sent = 0;
        boolean published = false;
        for (ClaimedNotification claim : claims) {
            Notification notification = claim.notification();
            DeliveryFailedException failure = failures.get(notification.id());
            if (failure != null) {
                failed(claim, failure.getMessage(), failure.isPermanent());
                continue;
            }
            Notification done = notification.sent(clock.instant());
            if (!store.release(claim, done, events.sent(done.id(), done.countryCode(), Channel.EMAIL, done.kind(),
                    done.category(), done.attempts()))) {
                log.warn("Notification {} was sent but its lease had been taken over: it may be sent twice",
                        notification.id());
            }
            published = true;
            sent++;
            log.debug("{} notification {} for platform {} sent", notification.kind(), notification.id(),
                    notification.countryCode());
        }
        if (published) {
            events.published();
        }
        return sent;
    }

    private void failed(ClaimedNotification claim, String reason, boolean permanent) {
        Notification next = claim.notification().attemptFailed(reason, permanent, clock.instant(), retryPolicy);
        boolean givenUp = next.status() == NotificationStatus.FAILED;
        boolean event = givenUp && !next.isTrigger();
        store.release(claim, next, event ? events.failed(next.id(), next.countryCode(), Channel.EMAIL, next.kind(),
                next.category(), next.attempts(), next.lastError()) : List.of());
        if (givenUp) {
            if (event) {
                events.published();
            }
            log.error("Notification {} for platform {} given up after {} attempt(s): {}", next.id(),
                    next.countryCode(), next.attempts(), reason);
        } else {
            log.warn("Notification {} attempt {} failed, next at {}: {}", next.id(), next.attempts(),
                    next.nextAttemptAt(), reason);
        }
    }

    private void dispatchSafely() {
        try {
            int sent = dispatchDue();
            if (sent > 0) {
                log.debug("{} notification(s) sent", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Dispatching notifications failed; will retry in {}: {}", properties.pollInterval(), e.toString());
        }
    }

    @Override
    protected PollingLoop loop() {
        return loop;
    }

}
