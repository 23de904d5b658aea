package org.mineaction.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.mineaction.chassis.work.PollingLoop;
import org.mineaction.chassis.work.PollingWorker;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.delivery.messaging.NotificationEvents;
import org.mineaction.notification.delivery.domain.NotificationStatus;
import org.mineaction.notification.delivery.domain.RetryPolicy;
import org.mineaction.notification.delivery.persistence.ClaimedNotification;
import org.mineaction.notification.delivery.persistence.NotificationStore;
import org.mineaction.notification.unsubscribe.Unsubscribes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    NotificationDispatcher(NotificationStore store, Mailer mailer, Unsubscribes unsubscribes,
            NotificationEvents events, DeliveryProperties properties, Clock clock) {
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

    /** Sends what is due, up to a batch; returns how many the mail server took. */
    int dispatchDue() {
        int sent = 0;
        for (int i = 0; i < properties.batchSize() && loop.isRunning(); i++) {
            Optional<ClaimedNotification> claimed = store.claimNextDue(clock.instant(), properties.lease());
            if (claimed.isEmpty()) {
                break;
            }
            Delivery outcome = deliver(claimed.get());
            if (outcome == Delivery.SENT) {
                sent++;
            } else if (outcome == Delivery.MAILER_UNAVAILABLE) {
                break;
            }
        }
        return sent;
    }

    private Delivery deliver(ClaimedNotification claim) {
        Notification notification = claim.notification();
        if (unsubscribes.optedOut(notification.memberId(), notification.category())) {
            Notification skipped = notification.skipped("the member opted out of " + notification.category());
            store.release(claim, skipped);
            log.info("{} notification {} for platform {} not sent: {}", notification.kind(), notification.id(),
                    notification.countryCode(), skipped.lastError());
            return Delivery.SKIPPED;
        }
        try {
            mailer.send(notification);
        } catch (MailerUnavailableException e) {
            store.release(claim, notification.postponedUntil(clock.instant().plus(e.retryAfter())));
            log.info("Notification {} postponed by {}: {}", notification.id(), e.retryAfter(), e.getMessage());
            return Delivery.MAILER_UNAVAILABLE;
        } catch (DeliveryFailedException e) {
            failed(claim, e.getMessage(), e.isPermanent());
            return Delivery.FAILED;
        } catch (RuntimeException e) {
            failed(claim, e.toString(), false);
            return Delivery.FAILED;
        }
        Notification sent = notification.sent(clock.instant());
        if (!store.release(claim, sent, events.sent(sent.id(), sent.countryCode(), Channel.EMAIL, sent.kind(),
                sent.category(), sent.attempts()))) {
            log.warn("Notification {} was sent but its lease had been taken over: it may be sent twice",
                    notification.id());
        }
        events.published();
        log.info("{} notification {} for platform {} sent", notification.kind(), notification.id(),
                notification.countryCode());
        return Delivery.SENT;
    }

    private void failed(ClaimedNotification claim, String reason, boolean permanent) {
        Notification next = claim.notification().attemptFailed(reason, permanent, clock.instant(), retryPolicy);
        boolean givenUp = next.status() == NotificationStatus.FAILED;
        store.release(claim, next, givenUp ? events.failed(next.id(), next.countryCode(), Channel.EMAIL, next.kind(),
                next.category(), next.attempts(), next.lastError()) : java.util.List.of());
        if (givenUp) {
            events.published();
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

    private enum Delivery { SENT, FAILED, SKIPPED, MAILER_UNAVAILABLE }
}
