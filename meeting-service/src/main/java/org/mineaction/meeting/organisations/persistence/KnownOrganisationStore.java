package org.mineaction.meeting.organisations.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.NewerEventWins;
import org.mineaction.meeting.organisations.domain.KnownOrganisation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The {@code known_organisations} replica, one document per organisation. */
@Repository
public class KnownOrganisationStore {

    private final MongoTemplate mongo;
    private final NewerEventWins newerEventWins;

    KnownOrganisationStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.newerEventWins = new NewerEventWins(mongo);
    }

    /** Stores the organisation unless the stored one comes from the same or a newer event. */
    public boolean saveIfNewer(KnownOrganisation organisation, EventStamp stamp) {
        return newerEventWins.save(KnownOrganisationDocument.of(organisation, stamp));
    }

    public List<KnownOrganisation> find(String country, Collection<String> ids) {
        return mongo.find(query(where("_id").in(ids)), KnownOrganisationDocument.class).stream()
                .filter(document -> document.country().equals(country))
                .map(KnownOrganisationDocument::toOrganisation).toList();
    }
}
