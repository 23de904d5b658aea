package org.mineaction.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.mineaction.notification.delivery.persistence.NotificationStore.Released;
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
     * are skipped, the rest go to the mail server over one connection; the outcomes are recorded in
     * one bulk write. Returns how many the server took; a full batch asks for the next one at once
     * rather than after the poll interval.
     */
    int dispatchDue() {
        if (!loop.isRunning()) {
            return 0;
        }
        List<ClaimedNotification> claims = store.claimDue(clock.instant(), properties.lease(), properties.batchSize());
        Map<String, Optional<String>> verdicts = new HashMap<>();
        Set<String> optedOut = unsubscribes.optedOut(claims.stream().map(ClaimedNotification::notification)
                .filter(n -> !n.isTrigger()).map(n -> Map.entry(String.valueOf(n.memberId()), n.category()))
                .toList());
        List<NotificationStore.Released> outcomes = new ArrayList<>();
        List<ClaimedNotification> toSend = new ArrayList<>();
        for (ClaimedNotification claim : claims) {
            Notification notification = claim.notification();
            Optional<String> stale = notification.guard() == null ? Optional.empty()
                    : verdicts.computeIfAbsent(notification.guard(), guards::staleReason);
            if (stale.isPresent()) {
                outcomes.add(released(claim, notification.skipped("no longer due: " + stale.get())));
                log.info("{} {} for platform {} not sent: {}", notification.kind(), notification.id(),
                        notification.countryCode(), stale.get());
            } else if (notification.isTrigger()) {
                outcomes.add(fire(claim));
            } else if (notification.memberId() != null
                    && optedOut.contains(Unsubscribes.pair(notification.memberId(), notification.category()))) {
                outcomes.add(released(claim, notification.skipped("the member opted out of "
                        + notification.category())));
                log.info("{} notification {} for platform {} not sent: opted out", notification.kind(),
                        notification.id(), notification.countryCode());
            } else {
                toSend.add(claim);
            }
        }
        int sent = send(toSend, outcomes);
        int recorded = store.releaseAll(outcomes);
        if (recorded < outcomes.size()) {
            log.warn("{} of {} notification(s) were handled but their lease had been taken over: they may be "
                    + "handled twice", outcomes.size() - recorded, outcomes.size());
        }
        if (outcomes.stream().anyMatch(outcome -> !outcome.events().isEmpty())) {
            events.published();
        }
        if (claims.size() >= properties.batchSize()) {
            loop.nudge();
        }
        return sent;
    }

    private Released released(ClaimedNotification claim, Notification next) {
        return new Released(claim, next, List.of());
    }

    private Released fire(ClaimedNotification claim) {
        Notification trigger = claim.notification();
        Optional<TriggerHandler> handler = triggers.orderedStream().filter(h -> h.kind().equals(trigger.kind()))
                .findFirst();
        if (handler.isEmpty()) {
            return failed(claim, "no handler for trigger " + trigger.kind(), true);
        }
        try {
            handler.get().fire(trigger);
        } catch (RuntimeException e) {
            return failed(claim, e.toString(), false);
        }
        log.info("{} {} for platform {} ran", trigger.kind(), trigger.id(), trigger.countryCode());
        return released(claim, trigger.sent(clock.instant()));
    }

    /** Sends over one connection; adds every outcome to {@code outcomes}; returns how many the server took. */
    private int send(List<ClaimedNotification> claims, List<Released> outcomes) {
        if (claims.isEmpty()) {
            return 0;
        }
        Map<IdempotencyKey, DeliveryFailedException> failures;
        try {
            failures = mailer.sendAll(claims.stream().map(ClaimedNotification::notification).toList());
        } catch (MailerUnavailableException e) {
            Instant later = clock.instant().plus(e.retryAfter());
            claims.forEach(claim -> outcomes.add(released(claim, claim.notification().postponedUntil(later))));
            log.info("{} notification(s) postponed by {}: {}", claims.size(), e.retryAfter(), e.getMessage());
            return 0;
        } catch (RuntimeException e) {
            claims.forEach(claim -> outcomes.add(failed(claim, e.toString(), false)));
            return 0;
        }
        int sent = 0;
        for (ClaimedNotification claim : claims) {
            Notification notification = claim.notification();
            DeliveryFailedException failure = failures.get(notification.id());
            if (failure != null) {
                outcomes.add(failed(claim, failure.getMessage(), failure.isPermanent()));
                continue;
            }
            Notification done = notification.sent(clock.instant());
            outcomes.add(new Released(claim, done, events.sent(done.id(), done.countryCode(), Channel.EMAIL,
                    done.kind(), done.category(), done.attempts())));
            sent++;
            log.debug("{} notification {} for platform {} sent", notification.kind(), notification.id(),
                    notification.countryCode());
        }
        return sent;
    }

    private Released failed(ClaimedNotification claim, String reason, boolean permanent) {
        Notification next = claim.notification().attemptFailed(reason, permanent, clock.instant(), retryPolicy);
        boolean givenUp = next.status() == NotificationStatus.FAILED;
        if (givenUp) {
            log.error("{} {} for platform {} given up after {} attempt(s): {}", next.kind(), next.id(),
                    next.countryCode(), next.attempts(), reason);
        } else {
            log.warn("{} {} attempt {} failed, next at {}: {}", next.kind(), next.id(), next.attempts(),
                    next.nextAttemptAt(), reason);
        }
        boolean event = givenUp && !next.isTrigger();
        return new Released(claim, next, event ? events.failed(next.id(), next.countryCode(), Channel.EMAIL,
                next.kind(), next.category(), next.attempts(), next.lastError()) : List.of());
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
