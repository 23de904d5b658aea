package org.mineaction.notification.delivery.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One message to one recipient and what became of it. Its id is the {@link IdempotencyKey}: a
 * second notification for the same occurrence cannot exist.
 *
 * @param countryCode   the platform the message is about
 * @param memberId      the member it goes to, whose opt-outs apply; null for a message to a platform's
 *                      contact rather than a member (the welcome)
 * @param category      what it is about, for opt-outs (e.g. {@code meeting-reminder}); {@code account} for
 *                      transactional messages nobody opts out of
 * @param attempts      how many times the mail server was asked to take it
 * @param nextAttemptAt when it may be sent (again); meaningful while {@link NotificationStatus#QUEUED}
 * @param lastError     why the last attempt failed or why it was skipped, if it was
 * @param guard         names what must still hold when it is sent (see {@link SendGuard}), e.g.
 *                      {@code meeting/KHM/m-1/3}: a reminder of revision 3 of meeting m-1; null for none
 * @param attachment    a file sent with it (the meeting's iCalendar), or null
 *
 * <p>A <em>trigger</em> ({@link #trigger}) is scheduled work in the same queue, claimed with the same
 * leases: it has no recipient and no content, and when due it is handed to the {@link TriggerHandler}
 * of its kind, which queues the messages it stands for (e.g. the reminders of a meeting to its
 * invitees, in their language as of then).
 */
public record Notification(IdempotencyKey id, String kind, String countryCode, EmailAddress recipient,
        String language, EmailContent content, NotificationStatus status, int attempts, Instant createdAt,
        Instant nextAttemptAt, Instant sentAt, String lastError, String memberId, String category, String guard,
        Attachment attachment) {

    /** The category of transactional messages (account set-up, welcome). */
    public static final String ACCOUNT = "account";
    /** The category of triggers, which are not messages. */
    public static final String TRIGGER = "trigger";
    /** Every trigger's kind starts with it. */
    public static final String TRIGGER_PREFIX = "trigger:";
    private static final int MAX_ERROR_LENGTH = 500;

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!kind.startsWith(TRIGGER_PREFIX)) {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(content, "content");
        }
        category = category == null ? ACCOUNT : category;
    }

    /** A message without guard or attachment. */
    public Notification(IdempotencyKey id, String kind, String countryCode, EmailAddress recipient, String language,
            EmailContent content, NotificationStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
            Instant sentAt, String lastError, String memberId, String category) {
        this(id, kind, countryCode, recipient, language, content, status, attempts, createdAt, nextAttemptAt, sentAt,
                lastError, memberId, category, null, null);
    }

    /**
     * A message to a member about {@code category}, due at {@code dueAt} (not before), sent only if
     * {@code guard} (may be null) still holds then.
     */
    public static Notification scheduledFor(String memberId, String category, IdempotencyKey id, String kind,
            String countryCode, EmailAddress recipient, String language, EmailContent content, Attachment attachment,
            String guard, Instant dueAt, Instant now) {
        return new Notification(id, kind, countryCode, recipient, language, content, NotificationStatus.QUEUED, 0,
                now, dueAt.isBefore(now) ? now : dueAt, null, null, Objects.requireNonNull(memberId, "memberId"),
                Objects.requireNonNull(category, "category"), guard, attachment);
    }

    /**
     * Scheduled work of {@code kind} (which must start with {@value #TRIGGER_PREFIX}), run at
     * {@code dueAt} if {@code guard} (may be null) still holds then. Its id makes it once per occurrence.
     */
    public static Notification trigger(IdempotencyKey id, String kind, String countryCode, String guard,
            Instant dueAt, Instant now) {
        if (!kind.startsWith(TRIGGER_PREFIX)) {
            throw new IllegalArgumentException("A trigger's kind starts with " + TRIGGER_PREFIX + ": " + kind);
        }
        return new Notification(id, kind, countryCode, null, null, null, NotificationStatus.QUEUED, 0, now,
                dueAt.isBefore(now) ? now : dueAt, null, null, null, TRIGGER, guard, null);
    }

    public boolean isTrigger() {
        return kind.startsWith(TRIGGER_PREFIX);
    }

    /** A new transactional message to a contact, due at once. */
    public static Notification queue(IdempotencyKey id, String kind, String countryCode, EmailAddress recipient,
            String language, EmailContent content, Instant now) {
        return new Notification(id, kind, countryCode, recipient, language, content, NotificationStatus.QUEUED, 0,
                now, now, null, null, null, ACCOUNT);
    }

    /** A new message to a member about {@code category}, due at once unless they opted out of it. */
    public static Notification queueFor(String memberId, String category, IdempotencyKey id, String kind,
            String countryCode, EmailAddress recipient, String language, EmailContent content, Instant now) {
        return new Notification(id, kind, countryCode, recipient, language, content, NotificationStatus.QUEUED, 0,
                now, now, null, null, Objects.requireNonNull(memberId, "memberId"),
                Objects.requireNonNull(category, "category"));
    }

    public Notification sent(Instant at) {
        return with(NotificationStatus.SENT, attempts + 1, null, at, null);
    }

    /**
     * The mail server did not take it: try again after the policy's backoff, or give up when the
     * attempts are used up or when retrying cannot help ({@code permanent}, e.g. a rejected address).
     */
    public Notification attemptFailed(String reason, boolean permanent, Instant now, RetryPolicy policy) {
        int failed = attempts + 1;
        String error = truncate(reason);
        if (permanent || policy.exhaustedAfter(failed)) {
            return with(NotificationStatus.FAILED, failed, null, null, error);
        }
        return with(NotificationStatus.QUEUED, failed, now.plus(policy.delayAfter(failed)), null, error);
    }

    /** Not sent, on purpose (the member opted out of its category): final, with the reason. */
    public Notification skipped(String reason) {
        return with(NotificationStatus.SKIPPED, attempts, null, null, truncate(reason));
    }

    /** Not attempted (the mail server is known to be down): wait, without using up an attempt. */
    public Notification postponedUntil(Instant later) {
        return with(status, attempts, later, sentAt, lastError);
    }

    /** Back in the queue for an operator's replay: due now, attempts counted afresh, same id (so still sent once). */
    public Notification requeued(Instant now) {
        return with(NotificationStatus.QUEUED, 0, now, null, lastError);
    }

    private Notification with(NotificationStatus status, int attempts, Instant nextAttemptAt, Instant sentAt,
            String lastError) {
        return new Notification(id, kind, countryCode, recipient, language, content, status, attempts, createdAt,
                nextAttemptAt, sentAt, lastError, memberId, category, guard, attachment);
    }

    private static String truncate(String reason) {
        return reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), MAX_ERROR_LENGTH));
    }
}
