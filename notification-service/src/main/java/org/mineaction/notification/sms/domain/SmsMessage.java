package org.mineaction.notification.sms.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.delivery.domain.RetryPolicy;

/**
 * One SMS to one member and what became of it. Its id is the {@link IdempotencyKey}, so a second
 * SMS for the same occurrence cannot exist. It never goes out during the member's quiet hours,
 * retries included.
 *
 * @param recipient       the member's phone, zone and, for the fallback, e-mail address
 * @param fallback        the e-mail sent instead when the SMS fails for good; null for none
 * @param segments        what the text costs, recorded for the delivery log
 * @param providerId      the provider's id of the message once it accepted it (its callbacks name it)
 * @param guard           what must still hold when it is sent, as for e-mail
 *                        ({@code org.mineaction.notification.delivery.SendGuard}); null for none
 */
public record SmsMessage(IdempotencyKey id, String kind, String category, String countryCode, Recipient recipient,
        String language, String text, SmsSegments segments, EmailContent fallback, SmsStatus status, int attempts,
        Instant createdAt, Instant nextAttemptAt, Instant sentAt, Instant deliveredAt, String providerId,
        String lastError, String guard) {

    private static final int MAX_ERROR_LENGTH = 500;

    public SmsMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (text.isBlank()) {
            throw new IllegalArgumentException("An SMS needs a text");
        }
    }

    /** Without a guard. */
    public SmsMessage(IdempotencyKey id, String kind, String category, String countryCode, Recipient recipient,
            String language, String text, SmsSegments segments, EmailContent fallback, SmsStatus status, int attempts,
            Instant createdAt, Instant nextAttemptAt, Instant sentAt, Instant deliveredAt, String providerId,
            String lastError) {
        this(id, kind, category, countryCode, recipient, language, text, segments, fallback, status, attempts,
                createdAt, nextAttemptAt, sentAt, deliveredAt, providerId, lastError, null);
    }

    /**
     * Who an SMS goes to: a phone, the zone their night is in, when they have one an e-mail address,
     * the member id whose opt-outs apply (null for a contact who is not a member), and the member's
     * own quiet hours (null: the service's), kept for the retries too.
     */
    public record Recipient(PhoneNumber phone, EmailAddress email, ZoneId zone, String memberId,
            QuietHours night) {

        public Recipient {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(zone, "zone");
        }

        /** A recipient who keeps the service's quiet hours. */
        public Recipient(PhoneNumber phone, EmailAddress email, ZoneId zone, String memberId) {
            this(phone, email, zone, memberId, null);
        }

        /** The member's own night if they chose one, else {@code serviceDefault}. */
        public QuietHours nightOr(QuietHours serviceDefault) {
            return night != null ? night : serviceDefault;
        }
    }

    /** One SMS per phone, kind, subject (e.g. a meeting) and occurrence (e.g. the 1-day reminder of its revision 3). */
    public static IdempotencyKey keyFor(String kind, String subject, PhoneNumber phone, String occurrence) {
        return IdempotencyKey.ofAddress(kind, subject, "tel:" + phone.value(), occurrence);
    }

    /** A new SMS, due now or, during the member's night, the next morning in their zone. */
    public static SmsMessage queue(IdempotencyKey id, String kind, String category, String countryCode,
            Recipient recipient, String language, String text, EmailContent fallback, Instant now,
            QuietHours quietHours) {
        return scheduled(id, kind, category, countryCode, recipient, language, text, fallback, null, now, now,
                quietHours);
    }

    /**
     * A new SMS due at {@code dueAt} (or, when that falls in the member's night, the next morning in
     * their zone), sent only if {@code guard} (may be null) still holds then.
     */
    public static SmsMessage scheduled(IdempotencyKey id, String kind, String category, String countryCode,
            Recipient recipient, String language, String text, EmailContent fallback, String guard, Instant dueAt,
            Instant now, QuietHours quietHours) {
        Instant due = dueAt.isBefore(now) ? now : dueAt;
        return new SmsMessage(id, kind, category, countryCode, recipient, language, text, SmsSegments.of(text),
                fallback, SmsStatus.QUEUED, 0, now, recipient.nightOr(quietHours).earliestSend(Channel.SMS, due, recipient.zone()), null,
                null, null, null, guard);
    }

    /** Accepted by the provider under {@code providerId}. */
    public SmsMessage sent(String providerId, Instant at) {
        return new SmsMessage(id, kind, category, countryCode, recipient, language, text, segments, fallback,
                SmsStatus.SENT, attempts + 1, createdAt, null, at, null, providerId, null, guard);
    }

    /**
     * The provider did not take it: try again after the policy's backoff (and after the member's
     * night), or give up when the attempts are used up or retrying cannot help ({@code permanent}).
     */
    public SmsMessage attemptFailed(String reason, boolean permanent, Instant now, RetryPolicy policy,
            QuietHours quietHours) {
        int failed = attempts + 1;
        if (permanent || policy.exhaustedAfter(failed)) {
            return new SmsMessage(id, kind, category, countryCode, recipient, language, text, segments, fallback,
                    SmsStatus.FAILED, failed, createdAt, null, null, null, providerId, truncate(reason), guard);
        }
        Instant next = recipient.nightOr(quietHours).earliestSend(Channel.SMS, now.plus(policy.delayAfter(failed)),
                recipient.zone());
        return new SmsMessage(id, kind, category, countryCode, recipient, language, text, segments, fallback,
                SmsStatus.QUEUED, failed, createdAt, next, null, null, providerId, truncate(reason), guard);
    }

    /** Not attempted (the provider is known to be down or the rate limit is used up): wait, without using an attempt. */
    public SmsMessage postponedUntil(Instant later, QuietHours quietHours) {
        return new SmsMessage(id, kind, category, countryCode, recipient, language, text, segments, fallback, status,
                attempts, createdAt, recipient.nightOr(quietHours).earliestSend(Channel.SMS, later, recipient.zone()), sentAt,
                deliveredAt, providerId, lastError, guard);
    }

    /** The provider reports it reached the phone. */
    public SmsMessage delivered(Instant at) {
        return new SmsMessage(id, kind, category, countryCode, recipient, language, text, segments, fallback,
                SmsStatus.DELIVERED, attempts, createdAt, null, sentAt, at, providerId, null, guard);
    }

    /** The provider accepted it but reports it could not deliver it: final. */
    public SmsMessage undeliverable(String reason) {
        return new SmsMessage(id, kind, category, countryCode, recipient, language, text, segments, fallback,
                SmsStatus.FAILED, attempts, createdAt, null, sentAt, null, providerId, truncate(reason), guard);
    }

    /** Not sent, on purpose (the member opted out of its category): final, with the reason. */
    public SmsMessage skipped(String reason) {
        return new SmsMessage(id, kind, category, countryCode, recipient, language, text, segments, fallback,
                SmsStatus.SKIPPED, attempts, createdAt, null, null, null, providerId, truncate(reason), guard);
    }

    /** Back in the queue for an operator's replay: due now (or the member's morning), attempts afresh, same id. */
    public SmsMessage requeued(Instant now, QuietHours quietHours) {
        return new SmsMessage(id, kind, category, countryCode, recipient, language, text, segments, fallback,
                SmsStatus.QUEUED, 0, createdAt, recipient.nightOr(quietHours).earliestSend(Channel.SMS, now, recipient.zone()), null,
                null, null, lastError, guard);
    }

    /** Whether an e-mail can go instead, now that the SMS failed for good. */
    public boolean canFallBackToEmail() {
        return status == SmsStatus.FAILED && fallback != null && recipient.email() != null;
    }

    /** The idempotency key of the fallback e-mail: one per SMS, however often its failure is reported. */
    public IdempotencyKey fallbackKey() {
        return IdempotencyKey.of(kind + ":sms-fallback", id.value(), recipient.email());
    }

    private static String truncate(String reason) {
        String error = reason == null ? "unknown" : reason;
        return error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    }
}
