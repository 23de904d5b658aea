package org.mineaction.notification.recipients.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
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
                .unset("email").unset("phone").unset("language").unset("timeZone").unset("preferences"),
                RecipientDocument.class);
    }

    public Optional<Recipient> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, RecipientDocument.class))
                .map(RecipientDocument::toRecipient);
    }
}
