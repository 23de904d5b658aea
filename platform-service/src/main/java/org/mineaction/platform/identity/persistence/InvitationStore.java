package org.mineaction.platform.identity.persistence;

import java.time.Instant;
import java.util.Optional;
import org.mineaction.platform.identity.domain.Invitation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Invitations in MongoDB; marking one used is a conditional single-document update. */
@Component
public class InvitationStore {

    private final MongoTemplate mongo;

    InvitationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void insert(Invitation invitation) {
        mongo.insert(InvitationDocument.of(invitation));
    }

    public Optional<Invitation> find(String tokenHash) {
        return Optional.ofNullable(mongo.findById(tokenHash, InvitationDocument.class))
                .map(InvitationDocument::toInvitation);
    }

    /**
     * Claims the acceptance of an unused invitation unless someone else did since it was read: of
     * two concurrent acceptances of the same token exactly one gets {@code true}.
     *
     * @param readClaimedAt the claim the invitation had when read (null, or a lapsed one)
     */
    public boolean claim(String tokenHash, Instant readClaimedAt, Instant claimedAt) {
        Query unclaimed = Query.query(Criteria.where("_id").is(tokenHash).and("acceptedAt").is(null)
                .and("claimedAt").is(readClaimedAt));
        return mongo.updateFirst(unclaimed, Update.update("claimedAt", claimedAt), InvitationDocument.class)
                .getModifiedCount() == 1;
    }

    /** Uses the invitation up, once the account and the member are ready. */
    public void markAccepted(String tokenHash, Instant acceptedAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(tokenHash)), Update.update("acceptedAt", acceptedAt),
                InvitationDocument.class);
    }

    /** Gives up a claim whose acceptance failed, so the person can try again at once. */
    public void release(String tokenHash, Instant claimedAt) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(tokenHash).and("acceptedAt").is(null)
                .and("claimedAt").is(claimedAt)), new Update().unset("claimedAt"), InvitationDocument.class);
    }

    /**
     * Removes the member's invitations not yet accepted, so only a newer one can be used: a link
     * sent earlier then reads as unknown.
     */
    public long withdrawPending(String memberId) {
        Query pending = Query.query(Criteria.where("memberId").is(memberId).and("acceptedAt").is(null));
        return mongo.remove(pending, InvitationDocument.class).getDeletedCount();
    }

    /** Removes every invitation of the member, used or not (they hold the address): erasure. */
    public void removeAll(String memberId) {
        mongo.remove(Query.query(Criteria.where("memberId").is(memberId)), InvitationDocument.class);
    }
}
