package org.mineaction.chassis.projection;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Writes a projected document unless the stored one with the same id comes from the same or a
 * newer event ({@link EventStamp#supersedes}), so every consumer of at-least-once events converges
 * on the newest fact whatever the order and number of deliveries.
 *
 * <p>Each step is a single-document write, so the check and the write cannot be split by another
 * consumer and no transaction is needed (MongoDB and mongo-java-server alike).
 */
public class NewerEventWins {

    private final MongoOperations mongo;

    public NewerEventWins(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** @return whether the document was stored */
    public boolean save(StampedDocument document) {
        if (replaceOlder(document)) {
            return true;
        }
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // The document exists (maybe inserted just now by another instance): the stamps decide.
            return replaceOlder(document);
        }
    }

    private boolean replaceOlder(StampedDocument document) {
        EventStamp stamp = document.lastEvent();
        Query olderThanStamp = query(where("_id").is(idOf(document)).orOperator(
                where(StampedDocument.LAST_EVENT_TIME).lt(stamp.time()),
                new Criteria().andOperator(where(StampedDocument.LAST_EVENT_TIME).is(stamp.time()),
                        where(StampedDocument.LAST_EVENT_ID).lt(stamp.eventId()))));
        return mongo.replace(olderThanStamp, document).getMatchedCount() > 0;
    }

    private Object idOf(StampedDocument document) {
        return mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass())
                .getIdentifierAccessor(document).getRequiredIdentifier();
    }
}
