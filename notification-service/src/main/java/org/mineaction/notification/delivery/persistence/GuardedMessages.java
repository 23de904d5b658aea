package org.mineaction.notification.delivery.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.regex.Pattern;
import org.mineaction.notification.delivery.SendGuard;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Cancels scheduled messages that became stale, in any of the queues ({@code notifications},
 * {@code sms_messages}): those still queued under a guard starting with a prefix, except the ones
 * whose guard (without its {@code #detail}) is the one to keep.
 */
public final class GuardedMessages {

    private static final String GUARD = "guard";

    private GuardedMessages() {
    }

    /** @return how many were skipped */
    public static long skipQueued(MongoTemplate mongo, Class<?> documentType, String guardPrefix, String keep,
            String reason) {
        List<String> stale = mongo.find(query(where("status").is("QUEUED").and(GUARD)
                        .regex("^" + Pattern.quote(guardPrefix))), org.bson.Document.class,
                        mongo.getCollectionName(documentType)).stream()
                .filter(document -> keep == null || !keep.equals(SendGuard.conditionOf(document.getString(GUARD))))
                .map(document -> document.getString("_id")).toList();
        if (stale.isEmpty()) {
            return 0;
        }
        return mongo.updateMulti(query(where("_id").in(stale).and("status").is("QUEUED")),
                new Update().set("status", "SKIPPED").set("lastError", reason).unset("nextAttemptAt")
                        .unset("leaseUntil").unset("leaseToken"), documentType).getModifiedCount();
    }
}
