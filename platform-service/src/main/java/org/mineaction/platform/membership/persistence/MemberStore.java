package org.mineaction.platform.membership.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import org.bson.Document;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxRelay;
import org.mineaction.platform.membership.domain.Member;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes a changed member and the events the change causes in one single-document update.
 *
 * <p>It never rewrites the outbox: the relay may be removing a sent message from it at the same
 * moment, and writing back the list as read would publish that message again. New events are
 * appended with {@code $push}; the stored version must still be the one the change was based on.
 */
@Component
public class MemberStore {

    private final MongoTemplate mongo;
    private final ObjectProvider<OutboxRelay> relay;

    MemberStore(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * @param member           the new state, carrying the version it was read at
     * @param events           appended to the member's outbox
     * @param dropPendingTopic pending messages of this topic are removed first (e.g. contact data after an
     *                         erasure); null to keep all
     * @throws OptimisticLockingFailureException when the member changed since it was read
     */
    public void update(Member member, List<OutboxMessage> events, String dropPendingTopic) {
        Query current = Query.query(where("_id").is(member.id()).and("version").is(member.version()));
        if (dropPendingTopic != null) {
            // First, alone: MongoDB refuses $pull and $push on one field in one update. A crash right
            // after it leaves the member unchanged, and the erasure is simply asked again.
            // On the driver: the template would also increment the version, failing the update below.
            mongo.getCollection(MemberDocument.COLLECTION).updateOne(
                    Filters.and(Filters.eq("_id", member.id()), Filters.eq("version", member.version())),
                    Updates.pull(OutboxMessage.FIELD, new Document("topic", dropPendingTopic)));
        }
        Document state = new Document();
        mongo.getConverter().write(MemberDocument.of(member, List.of()), state);
        Update update = new Update();
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(MemberDocument.class);
        for (PersistentProperty<?> property : entity) {
            String field = ((org.springframework.data.mongodb.core.mapping.MongoPersistentProperty) property).getFieldName();
            if (property.isIdProperty() || property.isVersionProperty() || OutboxMessage.FIELD.equals(field)) {
                continue;
            }
            if (state.get(field) == null) {
                update.unset(field);
            } else {
                update.set(field, state.get(field));
            }
        }
        update.inc("version", 1);
        if (!events.isEmpty()) {
            update.push(OutboxMessage.FIELD).each(events.stream()
                    .map(event -> mongo.getConverter().convertToMongoType(event)).toArray());
        }
        UpdateResult result = mongo.updateFirst(current, update, MemberDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Member " + member.id() + " changed since version "
                    + member.version());
        }
        relay.ifAvailable(OutboxRelay::nudge);
    }
}
