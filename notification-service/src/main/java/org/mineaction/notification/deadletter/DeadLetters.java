package org.mineaction.notification.deadletter;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.NotificationStatus;
import org.mineaction.notification.delivery.persistence.NotificationStore;
import org.mineaction.notification.sms.SmsMessages;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.mineaction.notification.sms.domain.SmsStatus;
import org.mineaction.notification.sms.persistence.SmsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The messages given up (e-mail and SMS) and their replay by an operator once the cause is fixed
 * (an address corrected, a provider account topped up). A replay puts the message back in the
 * queue with fresh attempts under the same idempotency key: still one message at most.
 */
@Service
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    static final int MAX_LISTED = 500;

    private final NotificationStore emails;
    private final SmsStore sms;
    private final Notifications notifications;
    private final SmsMessages smsMessages;
    private final Clock clock;

    DeadLetters(NotificationStore emails, SmsStore sms, Notifications notifications, SmsMessages smsMessages,
            Clock clock) {
        this.emails = emails;
        this.sms = sms;
        this.notifications = notifications;
        this.smsMessages = smsMessages;
        this.clock = clock;
    }

    /** Oldest first, e-mail and SMS together, up to {@value #MAX_LISTED}. */
    public List<DeadLetter> list() {
        Stream<DeadLetter> failedEmails = emails.failed(MAX_LISTED).stream().map(n -> new DeadLetter(n.id().value(),
                Channel.EMAIL.name(), n.kind(), n.category(), n.countryCode(), n.attempts(), n.createdAt(),
                n.lastError()));
        Stream<DeadLetter> failedSms = sms.failed(MAX_LISTED).stream().map(m -> new DeadLetter(m.id().value(),
                Channel.SMS.name(), m.kind(), m.category(), m.countryCode(), m.attempts(), m.createdAt(),
                m.lastError()));
        return Stream.concat(failedEmails, failedSms).sorted(Comparator.comparing(DeadLetter::createdAt))
                .limit(MAX_LISTED).toList();
    }

    /** What came of a replay request. */
    public enum Replay { REQUEUED, NOT_FOUND, NOT_FAILED }

    public Replay replay(String id) {
        IdempotencyKey key = new IdempotencyKey(id);
        var email = emails.find(key);
        if (email.isPresent()) {
            if (email.get().status() != NotificationStatus.FAILED
                    || !emails.requeueFailed(email.get().requeued(clock.instant()))) {
                return Replay.NOT_FAILED;
            }
            log.info("Notification {} replayed by an operator", id);
            notifications.nudge();
            return Replay.REQUEUED;
        }
        Optional<SmsMessage> message = sms.find(key);
        if (message.isPresent()) {
            if (message.get().status() != SmsStatus.FAILED
                    || !sms.requeueFailed(message.get().requeued(clock.instant(), smsMessages.quietHours()))) {
                return Replay.NOT_FAILED;
            }
            log.info("SMS {} replayed by an operator", id);
            smsMessages.nudge();
            return Replay.REQUEUED;
        }
        return Replay.NOT_FOUND;
    }
}
