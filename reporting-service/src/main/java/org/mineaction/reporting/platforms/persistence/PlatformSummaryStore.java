package org.mineaction.reporting.platforms.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.mineaction.reporting.platforms.domain.CountryCode;
import org.mineaction.reporting.platforms.domain.EventStamp;
import org.mineaction.reporting.platforms.domain.PlatformSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The {@code platform_summaries} read model, one document per country. */
@Repository
public class PlatformSummaryStore {

    private final MongoTemplate mongo;

    PlatformSummaryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores the summary unless the stored one comes from the same or a newer event
     * ({@link EventStamp#supersedes}). Each step is a single-document write, so the check and the
     * write cannot be split by another consumer and no transaction is needed.
     *
     * @return whether the summary was stored
     */
    public boolean saveIfNewer(PlatformSummary summary, EventStamp stamp) {
        PlatformSummaryDocument document = PlatformSummaryDocument.of(summary, stamp);
        if (replaceOlder(document, stamp)) {
            return true;
        }
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // The country exists (maybe inserted just now by another instance): the rule decides.
            return replaceOlder(document, stamp);
        }
    }

    private boolean replaceOlder(PlatformSummaryDocument document, EventStamp stamp) {
        Query olderThanStamp = query(where("_id").is(document.countryCode()).orOperator(
                where(PlatformSummaryDocument.LAST_EVENT_TIME).lt(stamp.time()),
                new Criteria().andOperator(where(PlatformSummaryDocument.LAST_EVENT_TIME).is(stamp.time()),
                        where(PlatformSummaryDocument.LAST_EVENT_ID).lt(stamp.eventId()))));
        Update replace = new Update()
                .set("name", document.name())
                .set("languages", document.languages())
                .set("timeZone", document.timeZone())
                .set("registeredAt", document.registeredAt())
                .set(PlatformSummaryDocument.LAST_EVENT_TIME, document.lastEventTime())
                .set(PlatformSummaryDocument.LAST_EVENT_ID, document.lastEventId());
        return mongo.updateFirst(olderThanStamp, replace, PlatformSummaryDocument.class).getMatchedCount() > 0;
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
