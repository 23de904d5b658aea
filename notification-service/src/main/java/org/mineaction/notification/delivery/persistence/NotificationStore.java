package org.mineaction.notification.delivery.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.notification.delivery.domain.DeliveryRecord;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.delivery.domain.NotificationStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code notifications} collection. Every method is one single-document operation, atomic on
 * MongoDB and mongo-java-server alike, so no transaction is needed.
 */
@Repository
public class NotificationStore {

    private static final String ID = "_id";
    private static final String STATUS = "status";
    private static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    private static final String LEASE_UNTIL = "leaseUntil";
    private static final String LEASE_TOKEN = "leaseToken";
    private static final String RECIPIENT = "recipient";
    private static final String MEMBER_ID = "memberId";
    private static final String COUNTRY_CODE = "countryCode";
    private static final String CATEGORY = "category";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    NotificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return false when a notification with the same idempotency key exists */
    public boolean insertIfAbsent(Notification notification) {
        try {
            mongo.insert(NotificationDocument.of(notification));
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    /**
     * Inserts those whose idempotency key is new, in one unordered bulk write (a fan-out to
     * thousands of members is one round trip, not thousands).
     *
     * @return how many were new
     */
    public int insertAllIfAbsent(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return 0;
        }
        try {
            return mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, NotificationDocument.class)
                    .insert(notifications.stream().map(NotificationDocument::of).toList()).execute()
                    .getInsertedCount();
        } catch (BulkOperationException duplicates) {
            if (duplicates.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw duplicates;
            }
            return duplicates.getResult().getInsertedCount();
        } catch (DuplicateKeyException duplicates) {
            // Some drivers and servers report an all-duplicate bulk write this way.
            long inserted = notifications.stream().filter(n -> insertIfAbsent(n)).count();
            return (int) inserted;
        }
    }

    /**
     * Reserves up to {@code limit} queued notifications that are due, whose lease is free or
     * expired, for {@code lease}: three round trips for the whole batch. Two instances claiming at
     * once each get only what their own conditional update matched.
     */
    public List<ClaimedNotification> claimDue(Instant now, Duration lease, int limit) {
        Query due = dueAt(now).with(Sort.by(NEXT_ATTEMPT_AT)).limit(limit);
        due.fields().include(ID);
        List<String> ids = mongo.find(due, org.bson.Document.class, NotificationDocument.COLLECTION).stream()
                .map(document -> document.getString(ID)).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        Query stillDue = query(where(ID).in(ids).and(STATUS).is(NotificationStatus.QUEUED.name())
                .orOperator(where(LEASE_UNTIL).is(null), where(LEASE_UNTIL).lte(now)));
        mongo.updateMulti(stillDue, new Update().set(LEASE_UNTIL, now.plus(lease)).set(LEASE_TOKEN, token),
                NotificationDocument.class);
        return mongo.find(query(where(ID).in(ids).and(LEASE_TOKEN).is(token)).with(Sort.by(NEXT_ATTEMPT_AT)),
                NotificationDocument.class).stream()
                .map(document -> new ClaimedNotification(document.toNotification(), token)).toList();
    }

    private static Query dueAt(Instant now) {
        return query(where(STATUS).is(NotificationStatus.QUEUED.name()).and(NEXT_ATTEMPT_AT).lte(now)
                .orOperator(where(LEASE_UNTIL).is(null), where(LEASE_UNTIL).lte(now)));
    }

    /**
     * Skips, for {@code reason}, what is still queued under a guard that starts with
     * {@code guardPrefix} other than {@code keep} (may be null; compared without the guards'
     * {@code #detail}): the reminders of a meeting's previous revision once it moved, all of them
     * once it was cancelled.
     *
     * @return how many were skipped
     */
    public long skipQueuedGuarded(String guardPrefix, String keep, String reason) {
        return GuardedMessages.skipQueued(mongo, NotificationDocument.class, guardPrefix, keep, reason);
    }

    /** One page of a platform's messages (triggers excluded), newest first. */
    public List<DeliveryRecord> log(String countryCode, long offset, int limit) {
        Query page = logOf(countryCode).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc(ID)))
                .skip(offset).limit(limit);
        return mongo.find(page, NotificationDocument.class).stream().map(NotificationDocument::toRecord).toList();
    }

    public long logSize(String countryCode) {
        return mongo.count(logOf(countryCode), NotificationDocument.class);
    }

    public Optional<DeliveryRecord> logEntry(String countryCode, String id) {
        return Optional.ofNullable(mongo.findOne(logOf(countryCode).addCriteria(where(ID).is(id)),
                NotificationDocument.class)).map(NotificationDocument::toRecord);
    }

    private static Query logOf(String countryCode) {
        return query(where(COUNTRY_CODE).is(countryCode).and(CATEGORY).ne(Notification.TRIGGER));
    }

    /** Reserves the queued notification due first whose lease is free or expired, for {@code lease}. */
    public Optional<ClaimedNotification> claimNextDue(Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        Query due = dueAt(now).with(Sort.by(NEXT_ATTEMPT_AT));
        Update claim = new Update().set(LEASE_UNTIL, now.plus(lease)).set(LEASE_TOKEN, token);
        NotificationDocument claimed = mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                NotificationDocument.class);
        return Optional.ofNullable(claimed).map(document -> new ClaimedNotification(document.toNotification(), token));
    }

    /**
     * Records what became of a claimed notification and frees its lease.
     *
     * @return false when the lease had expired and another instance had claimed it meanwhile
     */
    public boolean release(ClaimedNotification claim, Notification next) {
        return release(claim, next, List.of());
    }

    /** As {@link #release(ClaimedNotification, Notification)}, adding {@code events} to the outbox in the same update. */
    public boolean release(ClaimedNotification claim, Notification next, List<OutboxMessage> events) {
        return mongo.updateFirst(stillOurs(claim, next), outcome(next, events), NotificationDocument.class)
                .getMatchedCount() > 0;
    }

    /**
     * Records the outcomes of a batch of claimed notifications in one bulk write, each as
     * {@link #release(ClaimedNotification, Notification, List)} would.
     *
     * @return how many were still ours (the others' leases had been taken over)
     */
    public int releaseAll(List<Released> outcomes) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, NotificationDocument.class);
        for (Released released : outcomes) {
            bulk.updateOne(stillOurs(released.claim(), released.next()), outcome(released.next(), released.events()));
        }
        return bulk.execute().getMatchedCount();
    }

    /** A claimed notification, what became of it, and the events to publish about it. */
    public record Released(ClaimedNotification claim, Notification next, List<OutboxMessage> events) {
    }

    private static Query stillOurs(ClaimedNotification claim, Notification next) {
        return query(where(ID).is(next.id().value()).and(LEASE_TOKEN).is(claim.leaseToken()));
    }

    private static Update outcome(Notification next, List<OutboxMessage> events) {
        Update outcome = new Update()
                .set(STATUS, next.status().name())
                .set("attempts", next.attempts())
                .set(NEXT_ATTEMPT_AT, next.nextAttemptAt())
                .set("sentAt", next.sentAt())
                .set("lastError", next.lastError())
                .unset(LEASE_UNTIL)
                .unset(LEASE_TOKEN);
        if (!events.isEmpty()) {
            outcome.push(OutboxMessage.FIELD).each(events.toArray());
        }
        return outcome;
    }

    /** The notification, unless there is none or its recipient was erased (nothing left to show or replay). */
    public Optional<Notification> find(IdempotencyKey id) {
        return Optional.ofNullable(mongo.findOne(query(where(ID).is(id.value()).and(RECIPIENT).ne(null)),
                NotificationDocument.class)).map(NotificationDocument::toNotification);
    }

    /**
     * Forgets a member whose personal data was erased: what was still to be sent (queued, or failed
     * and so replayable) is skipped for {@code reason} and never sent, and no notification of theirs
     * keeps the address or the content. The outcome stays in the log, without them. Two multi-document
     * updates, each idempotent, so a redelivered erasure simply repeats them.
     *
     * <p>A message an instance had claimed just before is already on its way to the mail server; its
     * lease is dropped so it cannot be recorded as anything but skipped.
     *
     * @return how many messages were cancelled
     */
    public long forgetMember(String memberId, String reason) {
        Query pending = query(where(MEMBER_ID).is(memberId)
                .and(STATUS).in(NotificationStatus.QUEUED.name(), NotificationStatus.FAILED.name()));
        long cancelled = mongo.updateMulti(pending, withoutPersonalData()
                .set(STATUS, NotificationStatus.SKIPPED.name())
                .set("lastError", reason)
                .unset(NEXT_ATTEMPT_AT)
                .unset(LEASE_UNTIL)
                .unset(LEASE_TOKEN), NotificationDocument.class).getModifiedCount();
        mongo.updateMulti(query(where(MEMBER_ID).is(memberId).and(RECIPIENT).ne(null)), withoutPersonalData(),
                NotificationDocument.class);
        return cancelled;
    }

    private static Update withoutPersonalData() {
        return new Update().unset(RECIPIENT).unset("subject").unset("text").unset("html");
    }

    /** The notifications given up, oldest first, up to {@code limit}. */
    public List<Notification> failed(int limit) {
        return mongo.find(query(where(STATUS).is(NotificationStatus.FAILED.name())).with(Sort.by("createdAt"))
                .limit(limit), NotificationDocument.class).stream().map(NotificationDocument::toNotification).toList();
    }

    /**
     * Puts a failed notification back in the queue, unless it is no longer failed (replayed
     * concurrently): one atomic conditional update, so two replays cannot both requeue it.
     *
     * @return false when it was not failed
     */
    public boolean requeueFailed(Notification requeued) {
        Query failed = query(where(ID).is(requeued.id().value()).and(STATUS).is(NotificationStatus.FAILED.name()));
        Update update = new Update().set(STATUS, requeued.status().name()).set("attempts", requeued.attempts())
                .set(NEXT_ATTEMPT_AT, requeued.nextAttemptAt()).unset(LEASE_UNTIL).unset(LEASE_TOKEN);
        return mongo.updateFirst(failed, update, NotificationDocument.class).getModifiedCount() > 0;
    }
}
