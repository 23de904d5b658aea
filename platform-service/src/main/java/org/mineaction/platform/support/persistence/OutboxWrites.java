package org.mineaction.platform.support.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import org.bson.Document;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes an aggregate's new state and the events the change causes in one single-document update,
 * provided the stored version is still the one the change was based on.
 *
 * <p>It never rewrites the outbox: the relay may be removing a sent message from it at the same
 * moment, and writing back the list as read would publish that message again. New events are
 * appended with {@code $push}; every other field is set (or unset when null) and the version
 * incremented.
 */
@Component
public class OutboxWrites {

    private final MongoTemplate mongo;
    private final ObjectProvider<OutboxRelay> relay;

    OutboxWrites(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * @param id               the document's id
     * @param readVersion      the version the change was based on
     * @param state            the new state (its outbox is ignored)
     * @param events           appended to the document's outbox
     * @param dropPendingTopic pending messages of this topic are removed first (e.g. contact data after an
     *                         erasure); null to keep all
     * @throws OptimisticLockingFailureException when the document changed since it was read
     */
    public <T> void update(Object id, Long readVersion, T state, List<OutboxMessage> events, String dropPendingTopic) {
        Class<?> type = state.getClass();
        String collection = mongo.getCollectionName(type);
        if (dropPendingTopic != null) {
            // First, alone: MongoDB refuses $pull and $push on one field in one update. A crash right
            // after it leaves the aggregate unchanged, and the change is simply asked again.
            // On the driver: the template would also increment the version, failing the update below.
            mongo.getCollection(collection).updateOne(
                    Filters.and(Filters.eq("_id", id), Filters.eq("version", readVersion)),
                    Updates.pull(OutboxMessage.FIELD, new Document("topic", dropPendingTopic)));
        }
        Document written = new Document();
        mongo.getConverter().write(state, written);
        Update update = new Update();
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        for (PersistentProperty<?> property : entity) {
            String field = ((MongoPersistentProperty) property).getFieldName();
            if (property.isIdProperty() || property.isVersionProperty() || OutboxMessage.FIELD.equals(field)) {
                continue;
            }
            if (written.get(field) == null) {
                update.unset(field);
            } else {
                update.set(field, written.get(field));
            }
        }
        update.inc("version", 1);
        if (!events.isEmpty()) {
            update.push(OutboxMessage.FIELD).each(events.stream()
                    .map(event -> mongo.getConverter().convertToMongoType(event)).toArray());
        }
        UpdateResult result = mongo.updateFirst(Query.query(where("_id").is(id).and("version").is(readVersion)),
                update, type);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(type.getSimpleName() + " " + id + " changed since version "
                    + readVersion);
        }
        nudge();
    }

    /** Wakes the relay after an insert with pending events. */
    public void nudge() {
        relay.ifAvailable(OutboxRelay::nudge);
    }
}
