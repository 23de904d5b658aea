package org.mineaction.notification.delivery.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One message to one recipient and what became of it. Its id is the {@link IdempotencyKey}: a
 * second notification for the same occurrence cannot exist.
 *
 * @param countryCode   the platform the message is about
 * @param attempts      how many times the mail server was asked to take it
 * @param nextAttemptAt when it may be sent (again); meaningful while {@link NotificationStatus#QUEUED}
 * @param lastError     why the last attempt failed, if it did
 */
public record Notification(IdempotencyKey id, String kind, String countryCode, EmailAddress recipient,
        String language, EmailContent content, NotificationStatus status, int attempts, Instant createdAt,
        Instant nextAttemptAt, Instant sentAt, String lastError) {

    private static final int MAX_ERROR_LENGTH = 500;

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new message, due at once. */
    public static Notification queue(IdempotencyKey id, String kind, String countryCode, EmailAddress recipient,
            String language, EmailContent content, Instant now) {
        return new Notification(id, kind, countryCode, recipient, language, content, NotificationStatus.QUEUED, 0,
                now, now, null, null);
    }

    public Notification sent(Instant at) {
        return new Notification(id, kind, countryCode, recipient, language, content, NotificationStatus.SENT,
                attempts + 1, createdAt, null, at, null);
    }

    /**
     * The mail server did not take it: try again after the policy's backoff, or give up when the
     * attempts are used up or when retrying cannot help ({@code permanent}, e.g. a rejected address).
     */
    public Notification attemptFailed(String reason, boolean permanent, Instant now, RetryPolicy policy) {
        int failed = attempts + 1;
        String error = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), MAX_ERROR_LENGTH));
        if (permanent || policy.exhaustedAfter(failed)) {
            return new Notification(id, kind, countryCode, recipient, language, content, NotificationStatus.FAILED,
                    failed, createdAt, null, null, error);
        }
        return new Notification(id, kind, countryCode, recipient, language, content, NotificationStatus.QUEUED,
                failed, createdAt, now.plus(policy.delayAfter(failed)), null, error);
    }

    /** Not attempted (the mail server is known to be down): wait, without using up an attempt. */
    public Notification postponedUntil(Instant later) {
        return new Notification(id, kind, countryCode, recipient, language, content, status, attempts, createdAt,
                later, sentAt, lastError);
    }
}
