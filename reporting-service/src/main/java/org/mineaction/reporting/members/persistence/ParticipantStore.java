package org.mineaction.reporting.members.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.NewerEventWins;
import org.mineaction.reporting.members.domain.Participant;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The {@code participants} collection, one document of categories per member. */
@Repository
public class ParticipantStore {

    private final MongoTemplate mongo;
    private final NewerEventWins newerEventWins;

    ParticipantStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.newerEventWins = new NewerEventWins(mongo);
    }

    /**
     * Stores the participant unless the stored one comes from the same or a newer event
     * ({@link NewerEventWins}); the document is replaced whole.
     *
     * @return whether it was stored
     */
    public boolean saveIfNewer(Participant participant, EventStamp stamp) {
        return newerEventWins.save(ParticipantDocument.of(participant, stamp));
    }

    /**
     * Replaces whatever is stored with the erased participant, whatever its stamp: an erasure must not
     * lose against an update that carries a later time. One single-document write, so repeating it is
     * harmless.
     */
    public void erase(Participant erased, EventStamp stamp) {
        mongo.findAndReplace(query(where("_id").is(erased.memberId())), ParticipantDocument.of(erased, stamp),
                FindAndReplaceOptions.options().upsert());
    }

    public Optional<Participant> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, ParticipantDocument.class))
                .map(ParticipantDocument::toParticipant);
    }

    public List<Participant> findByCountry(CountryCode countryCode) {
        return mongo.find(query(where("countryCode").is(countryCode.value())), ParticipantDocument.class).stream()
                .map(ParticipantDocument::toParticipant).toList();
    }
}
