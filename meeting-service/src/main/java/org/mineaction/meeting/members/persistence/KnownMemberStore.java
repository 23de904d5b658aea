package org.mineaction.meeting.members.persistence;

import java.util.Optional;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.NewerEventWins;
import org.mineaction.meeting.members.domain.KnownMember;
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

    public Optional<KnownMember> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, KnownMemberDocument.class))
                .map(KnownMemberDocument::toMember);
    }
}
