package org.mineaction.notification.recipients.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mineaction.notification.recipients.domain.RecipientStatus;
import org.springframework.data.mongodb.core.query.Query;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.NewerEventWins;
import org.mineaction.notification.recipients.domain.Recipient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The {@code recipients} directory, one document per member. */
@Repository
public class RecipientStore {

    private final MongoTemplate mongo;
    private final NewerEventWins newerEventWins;

    RecipientStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.newerEventWins = new NewerEventWins(mongo);
    }

    /**
     * Stores the recipient unless the stored one comes from the same or a newer event
     * ({@link NewerEventWins}); the document is replaced whole.
     *
     * @return whether the recipient was stored
     */
    public boolean saveIfNewer(Recipient recipient, EventStamp stamp) {
        return newerEventWins.save(RecipientDocument.of(recipient, stamp));
    }

    /**
     * Replaces whatever is stored with the erased recipient, whatever its stamp: an erasure must not
     * lose against an update that carries a later time. One single-document upsert, so repeating it
     * is harmless.
     */
    public void erase(Recipient erased, EventStamp stamp) {
        RecipientDocument document = RecipientDocument.of(erased, stamp);
        mongo.upsert(query(where("_id").is(erased.memberId())), new Update()
                .set("countryCode", document.countryCode())
                .set("status", document.status())
                .set("lastEventTime", document.lastEventTime())
                .set("lastEventId", document.lastEventId())
                .set("_class", RecipientDocument.class.getName())
                .unset("email").unset("phone").unset("language").unset("timeZone").unset("preferences")
                .unset("role").unset("quietFrom").unset("quietTo"),
                RecipientDocument.class);
    }

    /** The platform's members who may receive messages (invited or active), optionally only those with one of {@code roles}. */
    public List<Recipient> reachableOf(String countryCode, Set<String> roles) {
        Query query = query(where("countryCode").is(countryCode)
                .and("status").in(RecipientStatus.INVITED.name(), RecipientStatus.ACTIVE.name()));
        if (roles != null) {
            query.addCriteria(where("role").in(roles));
        }
        return mongo.find(query, RecipientDocument.class).stream().map(RecipientDocument::toRecipient).toList();
    }

    /** Those of {@code memberIds} known here, in any state (the caller checks whether they receive). */
    public List<Recipient> findAll(Collection<String> memberIds) {
        return mongo.find(query(where("_id").in(memberIds)), RecipientDocument.class).stream()
                .map(RecipientDocument::toRecipient).toList();
    }

    public Optional<Recipient> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, RecipientDocument.class))
                .map(RecipientDocument::toRecipient);
    }
}
