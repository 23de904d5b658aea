package org.mineaction.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
import org.springframework.context.SmartLifecycle;
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
class NotificationDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final NotificationStore store;
    private final Mailer mailer;
    private final Unsubscribes unsubscribes;
    private final NotificationEvents events;
    private final DeliveryProperties properties;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    NotificationDispatcher(NotificationStore store, Mailer mailer, Unsubscribes unsubscribes,
            NotificationEvents events, DeliveryProperties properties, Clock clock) {
        this.events = events;
        this.store = store;
        this.mailer = mailer;
        this.unsubscribes = unsubscribes;
        this.properties = properties;
        this.retryPolicy = properties.retryPolicy();
        this.clock = clock;
    }

    /** Ask for a run now rather than at the next poll. */
    void nudge() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            try {
                running.execute(this::dispatchSafely);
            } catch (RejectedExecutionException stopping) {
                // Shutting down: the notification stays queued for the next run, here or elsewhere.
            }
        }
    }

    /** Sends what is due, up to a batch; returns how many the mail server took. */
    int dispatchDue() {
        int sent = 0;
        for (int i = 0; i < properties.batchSize() && executor != null; i++) {
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
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notification-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        started.scheduleWithFixedDelay(this::dispatchSafely, 0, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    /**
     * Lets a send in progress finish (its SMTP timeouts bound it) and claims nothing more; what is
     * still queued is sent by another instance or after the restart.
     */
    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                if (!running.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    // Stuck on an unreachable store: its lease expires and the notification is sent later.
                    running.shutdownNow();
                }
            } catch (InterruptedException e) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stop before the Mongo client and the mail sender go away. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private enum Delivery { SENT, FAILED, SKIPPED, MAILER_UNAVAILABLE }
}
