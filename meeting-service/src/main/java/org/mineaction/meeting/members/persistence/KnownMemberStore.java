package org.mineaction.meeting.members.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.NewerEventWins;
import org.mineaction.meeting.members.domain.KnownMember;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The {@code known_members} replica, one document per member. */
@Repository
public class KnownMemberStore {

    private final MongoTemplate mongo;
    private final NewerEventWins newerEventWins;

    KnownMemberStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.newerEventWins = new NewerEventWins(mongo);
    }

    /**
     * Stores the member unless the stored one comes from the same or a newer event
     * ({@link NewerEventWins}). The document is replaced whole, so what an erasure drops is gone.
     *
     * @return whether the member was stored
     */
    public boolean saveIfNewer(KnownMember member, EventStamp stamp) {
        return newerEventWins.save(KnownMemberDocument.of(member, stamp));
    }

    /**
     * Replaces whatever is stored with the erased member, whatever its stamp: an erasure must not lose
     * against an update that carries a later time. One single-document write, so repeating it is
     * harmless.
     */
    public void erase(KnownMember erased, EventStamp stamp) {
        mongo.findAndReplace(query(where("_id").is(erased.memberId())), KnownMemberDocument.of(erased, stamp),
                FindAndReplaceOptions.options().upsert());
    }

    /** The members of a country's platform who have not left nor been erased. */
    public List<KnownMember> current(String country) {
        return mongo.find(query(where("countryCode").is(country).and("status").in("INVITED", "ACTIVE")),
                KnownMemberDocument.class).stream().map(KnownMemberDocument::toMember).toList();
    }

    public List<KnownMember> findAll(java.util.Collection<String> memberIds) {
        return mongo.find(query(where("_id").in(memberIds)), KnownMemberDocument.class).stream()
                .map(KnownMemberDocument::toMember).toList();
    }

    public Optional<KnownMember> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, KnownMemberDocument.class))
                .map(KnownMemberDocument::toMember);
    }
}
