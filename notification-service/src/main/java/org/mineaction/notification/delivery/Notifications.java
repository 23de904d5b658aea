package org.mineaction.notification.delivery;

import java.util.List;
import java.util.Optional;
import org.mineaction.notification.delivery.domain.DeliveryRecord;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.delivery.persistence.NotificationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Where features queue the messages they want delivered. */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationStore store;
    private final NotificationDispatcher dispatcher;

    Notifications(NotificationStore store, NotificationDispatcher dispatcher) {
        this.store = store;
        this.dispatcher = dispatcher;
    }

    /**
     * Queues the notification unless one with the same idempotency key exists; it is sent shortly
     * after, by this or another instance.
     *
     * @return false when it was already queued (or sent): a duplicate event
     */
    public boolean queue(Notification notification) {
        if (!store.insertIfAbsent(notification)) {
            log.info("{} notification {} for platform {} exists already: not queued again", notification.kind(),
                    notification.id(), notification.countryCode());
            return false;
        }
        log.info("{} notification {} for platform {} queued", notification.kind(), notification.id(),
                notification.countryCode());
        dispatcher.nudge();
        return true;
    }

    /**
     * Queues those not queued before (by idempotency key), in one bulk write: the fan-out of one
     * event to a platform's members.
     *
     * @return how many were new
     */
    public int queueAll(List<Notification> notifications) {
        int queued = store.insertAllIfAbsent(notifications);
        if (queued > 0) {
            log.info("{} of {} notification(s) queued, the others existed already", queued, notifications.size());
            dispatcher.nudge();
        }
        return queued;
    }

    /**
     * What was scheduled under a guard starting with {@code guardPrefix}, other than {@code keep},
     * and is still queued will not be sent: skipped for {@code reason}.
     */
    public long cancelGuarded(String guardPrefix, String keep, String reason) {
        long skipped = store.skipQueuedGuarded(guardPrefix, keep, reason);
        if (skipped > 0) {
            log.info("{} queued notification(s) under {} skipped: {}", skipped, guardPrefix, reason);
        }
        return skipped;
    }

    /** A page of the platform's delivery log, newest first. */
    public List<DeliveryRecord> log(String countryCode, long offset, int limit) {
        return store.log(countryCode, offset, limit);
    }

    public long logSize(String countryCode) {
        return store.logSize(countryCode);
    }

    public Optional<DeliveryRecord> logEntry(String countryCode, String id) {
        return store.logEntry(countryCode, id);
    }

    /**
     * A member's personal data was erased: their queued and failed e-mails are skipped for
     * {@code reason}, never sent, and no e-mail of theirs keeps the address or the content.
     */
    public void forgetMember(String memberId, String reason) {
        long cancelled = store.forgetMember(memberId, reason);
        log.info("E-mails of member {} forgotten: {} still to send were cancelled", memberId, cancelled);
    }

    /** Something was put back in the queue: send it now rather than at the next poll. */
    public void nudge() {
        dispatcher.nudge();
    }
}
