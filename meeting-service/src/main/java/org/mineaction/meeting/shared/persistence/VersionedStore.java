package org.mineaction.meeting.shared.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes aggregates and the events their changes cause in one single-document write, so an event is
 * never lost nor published for a change that was not stored.
 *
 * <p>An update never rewrites the outbox: the relay may be removing a sent message at the same
 * moment, and writing back the list as read would publish it again. The new state is {@code $set},
 * new events are {@code $push}ed, and the update only applies while the stored version is still the
 * one the change was based on; otherwise nothing is written and the caller gets a 409.
 */
@Component
public class VersionedStore {

    private final MongoTemplate mongo;
    private final ObjectProvider<OutboxRelay> relay;

    VersionedStore(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public <D extends VersionedDocument<?>> D insert(D document) {
        D stored = mongo.insert(document);
        if (!document.outbox().isEmpty()) {
            relay.ifAvailable(OutboxRelay::nudge);
        }
        return stored;
    }

    /**
     * @param basedOn the version the change was computed from
     * @throws OptimisticLockingFailureException when the document changed (or vanished) since
     */
    public void update(Class<? extends VersionedDocument<?>> type, String id, long basedOn, Object state,
            List<OutboxMessage> events) {
        Update update = new Update().set(VersionedDocument.STATE, mongo.getConverter().convertToMongoType(state))
                .inc(VersionedDocument.VERSION, 1);
        if (!events.isEmpty()) {
            update.push(OutboxMessage.FIELD).each(events.stream()
                    .map(event -> mongo.getConverter().convertToMongoType(event)).toArray());
        }
        Query current = query(where("_id").is(id).and(VersionedDocument.VERSION).is(basedOn));
        if (mongo.updateFirst(current, update, type).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(type.getSimpleName() + " " + id + " changed since version "
                    + basedOn);
        }
        if (!events.isEmpty()) {
            relay.ifAvailable(OutboxRelay::nudge);
        }
    }

    /** The document of this id in this country; another country's is not found. */
    public <D extends VersionedDocument<?>> Optional<D> find(Class<D> type, String country, String id) {
        // By _id alone, so every store (mongo-java-server too) answers from its primary index; the
        // country is then checked here: another country's document is simply not found.
        return Optional.ofNullable(mongo.findById(id, type)).filter(document -> country.equals(document.country()));
    }

    public <D extends VersionedDocument<?>> List<D> find(Class<D> type, Query query) {
        return mongo.find(query, type);
    }
}
