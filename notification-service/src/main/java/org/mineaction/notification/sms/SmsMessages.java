package org.mineaction.notification.sms;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.delivery.messaging.NotificationEvents;
import org.mineaction.notification.sms.domain.ProviderStatus;
import org.mineaction.notification.sms.domain.RequestSignature;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.mineaction.notification.sms.domain.SmsStatus;
import org.mineaction.notification.sms.persistence.SmsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Where features queue SMS, and where the provider's status callbacks land. */
@Service
public class SmsMessages {

    private static final Logger log = LoggerFactory.getLogger(SmsMessages.class);

    private final SmsStore store;
    private final SmsDispatcher dispatcher;
    private final SmsFallback fallback;
    private final NotificationEvents events;
    private final SmsProperties properties;
    private final Clock clock;

    SmsMessages(SmsStore store, SmsDispatcher dispatcher, SmsFallback fallback, NotificationEvents events,
            SmsProperties properties, Clock clock) {
        this.events = events;
        this.store = store;
        this.dispatcher = dispatcher;
        this.fallback = fallback;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Queues an SMS unless one with the same idempotency key exists. It goes out shortly after, or
     * the next morning when it is night where the member lives.
     *
     * @return false when it was already queued (or sent): a duplicate event
     */
    public boolean queue(IdempotencyKey id, String kind, String category, String countryCode,
            SmsMessage.Recipient recipient, String language, String text,
            EmailContent fallbackEmail) {
        return schedule(id, kind, category, countryCode, recipient, language, text, fallbackEmail, null,
                clock.instant());
    }

    /**
     * As {@link #queue}, due at {@code dueAt} (the member's morning if that falls in their night, by
     * their own quiet hours when the recipient has some) and sent only if {@code guard} (may be null)
     * still holds then.
     */
    public boolean schedule(IdempotencyKey id, String kind, String category, String countryCode,
            SmsMessage.Recipient recipient, String language, String text, EmailContent fallbackEmail, String guard,
            java.time.Instant dueAt) {
        SmsMessage message = SmsMessage.scheduled(id, kind, category, countryCode, recipient, language, text,
                fallbackEmail, guard, dueAt, clock.instant(), properties.quietHoursRule());
        if (!store.insertIfAbsent(message)) {
            log.info("{} SMS {} for platform {} exists already: not queued again", kind, id, countryCode);
            return false;
        }
        if (message.nextAttemptAt().isAfter(message.createdAt())) {
            log.info("{} SMS {} for platform {} queued for {}: quiet hours in {}", kind, id, countryCode,
                    message.nextAttemptAt(), recipient.zone());
        } else {
            log.info("{} SMS {} for platform {} queued ({} segment(s), {})", kind, id, countryCode,
                    message.segments().segments(), message.segments().encoding());
            dispatcher.nudge();
        }
        return true;
    }

    public Optional<SmsMessage> find(IdempotencyKey id) {
        return store.find(id);
    }

    /**
     * A status callback from the provider, its signature checked against the URL it was sent to.
     *
     * @param requestUrl the URL as this service received it, used when no public callback URL is configured
     * @return false when the signature is wrong: the caller is not the provider
     */
    public boolean statusReported(String requestUrl, Map<String, String> parameters, String signature) {
        String token = properties.provider().authToken();
        String url = properties.provider().statusCallbackUrl().isBlank() ? requestUrl
                : properties.provider().statusCallbackUrl();
        if (token.isBlank() || !new RequestSignature(token).verify(url, parameters, signature)) {
            log.warn("SMS status callback with a wrong or missing signature rejected");
            return false;
        }
        String providerId = parameters.get("MessageSid");
        Optional<SmsStatus> reported = ProviderStatus.of(parameters.get("MessageStatus"));
        if (providerId == null || reported.isEmpty()) {
            return true;
        }
        Optional<SmsMessage> found = store.findByProviderId(providerId);
        if (found.isEmpty()) {
            log.info("SMS status callback for unknown message {} ignored", providerId);
            return true;
        }
        SmsMessage before = found.get();
        if (before.status() != SmsStatus.SENT) {
            return true; // already final, or a late callback from a previous attempt
        }
        SmsMessage after = reported.get() == SmsStatus.DELIVERED ? before.delivered(clock.instant())
                : before.undeliverable("the provider reports " + parameters.get("MessageStatus")
                        + Optional.ofNullable(parameters.get("ErrorCode")).map(code -> " (error " + code + ")").orElse(""));
        List<OutboxMessage> outcome = after.status() == SmsStatus.FAILED ? events.failed(after.id(),
                after.countryCode(), Channel.SMS, after.kind(), after.category(), after.attempts(), after.lastError())
                : List.of();
        if (store.recordProviderOutcome(before, after, outcome)) {
            events.published();
            log.info("SMS {} is {} ({})", after.id(), after.status(), providerId);
            if (after.status() == SmsStatus.FAILED) {
                fallback.failedForGood(after);
            }
        }
        return true;
    }

    /**
     * A member's personal data was erased: their queued and failed SMS are skipped for
     * {@code reason}, never sent, and no SMS of theirs keeps the phone, address or text.
     */
    public void forgetMember(String memberId, String reason) {
        long cancelled = store.forgetMember(memberId, reason);
        log.info("SMS of member {} forgotten: {} still to send were cancelled", memberId, cancelled);
    }

    /** As {@code Notifications#cancelGuarded}, for SMS. */
    public long cancelGuarded(String guardPrefix, String keep, String reason) {
        long skipped = store.skipQueuedGuarded(guardPrefix, keep, reason);
        if (skipped > 0) {
            log.info("{} queued SMS under {} skipped: {}", skipped, guardPrefix, reason);
        }
        return skipped;
    }

    /** A page of the platform's SMS log, newest first. */
    public List<org.mineaction.notification.delivery.domain.DeliveryRecord> log(String countryCode, long offset,
            int limit) {
        return store.log(countryCode, offset, limit);
    }

    public long logSize(String countryCode) {
        return store.logSize(countryCode);
    }

    public Optional<org.mineaction.notification.delivery.domain.DeliveryRecord> logEntry(String countryCode,
            String id) {
        return store.logEntry(countryCode, id);
    }

    /** Something was put back in the queue: send it now rather than at the next poll. */
    public void nudge() {
        dispatcher.nudge();
    }

    /** The members' night, during which no SMS goes out. */
    public QuietHours quietHours() {
        return properties.quietHoursRule();
    }
}
