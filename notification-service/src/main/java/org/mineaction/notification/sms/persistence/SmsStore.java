package org.mineaction.notification.sms.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.mineaction.notification.sms.domain.SmsStatus;
import org.springframework.dao.DuplicateKeyException;
import org.mineaction.notification.delivery.persistence.GuardedMessages;
import org.mineaction.notification.delivery.domain.DeliveryRecord;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code sms_messages} collection: its own claim loop, so SMS waiting for their provider or its
 * rate limit never hold up e-mail. Every method is one single-document operation.
 */
@Repository
public class SmsStore {

    private static final String ID = "_id";
    private static final String STATUS = "status";
    private static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    private static final String LEASE_UNTIL = "leaseUntil";
    private static final String LEASE_TOKEN = "leaseToken";
    private static final String PROVIDER_ID = "providerId";
    private static final String PHONE = "phone";
    private static final String MEMBER_ID = "memberId";

    private final MongoTemplate mongo;

    SmsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return false when an SMS with the same idempotency key exists */
    public boolean insertIfAbsent(SmsMessage message) {
        try {
            mongo.insert(SmsDocument.of(message));
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    /** As {@code NotificationStore#skipQueuedGuarded}: stale scheduled SMS are skipped for {@code reason}. */
    public long skipQueuedGuarded(String guardPrefix, String keep, String reason) {
        return GuardedMessages.skipQueued(mongo, SmsDocument.class, guardPrefix, keep, reason);
    }

    /** One page of a platform's SMS, newest first. */
    public List<DeliveryRecord> log(String countryCode, long offset, int limit) {
        return mongo.find(query(where("countryCode").is(countryCode))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc(ID))).skip(offset).limit(limit),
                SmsDocument.class).stream().map(SmsDocument::toRecord).toList();
    }

    public long logSize(String countryCode) {
        return mongo.count(query(where("countryCode").is(countryCode)), SmsDocument.class);
    }

    public Optional<DeliveryRecord> logEntry(String countryCode, String id) {
        return Optional.ofNullable(mongo.findOne(query(where(ID).is(id).and("countryCode").is(countryCode)),
                SmsDocument.class)).map(SmsDocument::toRecord);
    }

    /** The SMS, unless there is none or its recipient was erased (nothing left to show or replay). */
    public Optional<SmsMessage> find(IdempotencyKey id) {
        return Optional.ofNullable(mongo.findOne(query(where(ID).is(id.value()).and(PHONE).ne(null)),
                SmsDocument.class)).map(SmsDocument::toMessage);
    }

    /** As {@link #find}, by the provider's id: a late status report about an erased recipient finds nothing. */
    public Optional<SmsMessage> findByProviderId(String providerId) {
        return Optional.ofNullable(mongo.findOne(query(where(PROVIDER_ID).is(providerId).and(PHONE).ne(null)),
                SmsDocument.class)).map(SmsDocument::toMessage);
    }

    /**
     * Forgets a member whose personal data was erased: what was still to be sent (queued, or failed
     * and so replayable) is skipped for {@code reason} and never sent, and no SMS of theirs keeps the
     * phone, the e-mail fallback address or any text. The outcome stays in the log, without them.
     *
     * @return how many messages were cancelled
     */
    public long forgetMember(String memberId, String reason) {
        Query pending = query(where(MEMBER_ID).is(memberId)
                .and(STATUS).in(SmsStatus.QUEUED.name(), SmsStatus.FAILED.name()));
        long cancelled = mongo.updateMulti(pending, withoutPersonalData()
                .set(STATUS, SmsStatus.SKIPPED.name())
                .set("lastError", reason)
                .unset(NEXT_ATTEMPT_AT)
                .unset(LEASE_UNTIL)
                .unset(LEASE_TOKEN), SmsDocument.class).getModifiedCount();
        mongo.updateMulti(query(where(MEMBER_ID).is(memberId).and(PHONE).ne(null)), withoutPersonalData(),
                SmsDocument.class);
        return cancelled;
    }

    private static Update withoutPersonalData() {
        return new Update().unset(PHONE).unset("email").unset("text").unset("fallbackSubject").unset("fallbackText")
                .unset("fallbackHtml");
    }

    /** Reserves the queued SMS due first whose lease is free or expired, for {@code lease}. */
    public Optional<ClaimedSms> claimNextDue(Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        Query due = query(where(STATUS).is(SmsStatus.QUEUED.name()).and(NEXT_ATTEMPT_AT).lte(now)
                .orOperator(where(LEASE_UNTIL).is(null), where(LEASE_UNTIL).lte(now)))
                .with(Sort.by(NEXT_ATTEMPT_AT));
        Update claim = new Update().set(LEASE_UNTIL, now.plus(lease)).set(LEASE_TOKEN, token);
        SmsDocument claimed = mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                SmsDocument.class);
        return Optional.ofNullable(claimed).map(document -> new ClaimedSms(document.toMessage(), token));
    }

    /**
     * Records what became of a claimed SMS and frees its lease.
     *
     * @return false when the lease had expired and another instance had claimed it meanwhile
     */
    public boolean release(ClaimedSms claim, SmsMessage next) {
        return release(claim, next, List.of());
    }

    /** As {@link #release(ClaimedSms, SmsMessage)}, adding {@code events} to the outbox in the same update. */
    public boolean release(ClaimedSms claim, SmsMessage next, List<OutboxMessage> events) {
        Query stillOurs = query(where(ID).is(next.id().value()).and(LEASE_TOKEN).is(claim.leaseToken()));
        return mongo.updateFirst(stillOurs, withEvents(outcome(next).unset(LEASE_UNTIL).unset(LEASE_TOKEN), events),
                SmsDocument.class).getMatchedCount() > 0;
    }

    /**
     * Records a status the provider reported for an SMS it accepted, unless the SMS is already in a
     * final state (callbacks can arrive twice and out of order).
     *
     * @return false when nothing changed
     */
    public boolean recordProviderOutcome(SmsMessage before, SmsMessage after, List<OutboxMessage> events) {
        Query unchanged = query(where(ID).is(before.id().value()).and(STATUS).is(before.status().name()));
        return mongo.updateFirst(unchanged, withEvents(outcome(after), events), SmsDocument.class)
                .getModifiedCount() > 0;
    }

    private static Update withEvents(Update update, List<OutboxMessage> events) {
        if (!events.isEmpty()) {
            update.push(OutboxMessage.FIELD).each(events.toArray());
        }
        return update;
    }

    private static Update outcome(SmsMessage next) {
        return new Update()
                .set(STATUS, next.status().name())
                .set("attempts", next.attempts())
                .set(NEXT_ATTEMPT_AT, next.nextAttemptAt())
                .set("sentAt", next.sentAt())
                .set("deliveredAt", next.deliveredAt())
                .set(PROVIDER_ID, next.providerId())
                .set("lastError", next.lastError());
    }

    /** The SMS given up, oldest first, up to {@code limit}. */
    public List<SmsMessage> failed(int limit) {
        return mongo.find(query(where(STATUS).is(SmsStatus.FAILED.name())).with(Sort.by("createdAt")).limit(limit),
                SmsDocument.class).stream().map(SmsDocument::toMessage).toList();
    }

    /**
     * Puts a failed SMS back in the queue, unless it is no longer failed: one atomic conditional
     * update, so two replays cannot both requeue it.
     *
     * @return false when it was not failed
     */
    public boolean requeueFailed(SmsMessage requeued) {
        Query failed = query(where(ID).is(requeued.id().value()).and(STATUS).is(SmsStatus.FAILED.name()));
        Update update = new Update().set(STATUS, requeued.status().name()).set("attempts", requeued.attempts())
                .set(NEXT_ATTEMPT_AT, requeued.nextAttemptAt()).unset(PROVIDER_ID).unset(LEASE_UNTIL)
                .unset(LEASE_TOKEN);
        return mongo.updateFirst(failed, update, SmsDocument.class).getModifiedCount() > 0;
    }
}
