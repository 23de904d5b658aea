package org.mineaction.reporting.platforms.persistence;

import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.NewerEventWins;
import org.mineaction.reporting.platforms.domain.PlatformSummary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@code platform_summaries} read model, one document per country. */
@Repository
public class PlatformSummaryStore {

    private final MongoTemplate mongo;
    private final NewerEventWins newerEventWins;

    PlatformSummaryStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.newerEventWins = new NewerEventWins(mongo);
    }

    /**
     * Stores the summary unless the stored one comes from the same or a newer event
     * ({@link NewerEventWins}).
     *
     * @return whether the summary was stored
     */
    public boolean saveIfNewer(PlatformSummary summary, EventStamp stamp) {
        return newerEventWins.save(PlatformSummaryDocument.of(summary, stamp));
    }

    public List<PlatformSummary> findAll() {
        return mongo.find(new Query().with(Sort.by("_id")), PlatformSummaryDocument.class).stream()
                .map(PlatformSummaryDocument::toSummary)
                .toList();
    }

    public Optional<PlatformSummary> find(CountryCode countryCode) {
        return Optional.ofNullable(mongo.findById(countryCode.value(), PlatformSummaryDocument.class))
                .map(PlatformSummaryDocument::toSummary);
    }
}
