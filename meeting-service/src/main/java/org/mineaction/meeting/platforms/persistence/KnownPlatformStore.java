package org.mineaction.meeting.platforms.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import org.mineaction.meeting.platforms.domain.CountryCode;
import org.mineaction.meeting.platforms.domain.EventStamp;
import org.mineaction.meeting.platforms.domain.KnownPlatform;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The {@code known_platforms} replica, one document per country. */
@Repository
public class KnownPlatformStore {

    private final MongoTemplate mongo;

    KnownPlatformStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores the platform unless the stored one comes from the same or a newer event
     * ({@link EventStamp#supersedes}). Each step is a single-document write, so the check and the
     * write cannot be split by another consumer and no transaction is needed.
     *
     * @return whether the platform was stored
     */
    public boolean saveIfNewer(KnownPlatform platform, EventStamp stamp) {
        KnownPlatformDocument document = KnownPlatformDocument.of(platform, stamp);
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

    private boolean replaceOlder(KnownPlatformDocument document, EventStamp stamp) {
        Query olderThanStamp = query(where("_id").is(document.countryCode()).orOperator(
                where(KnownPlatformDocument.LAST_EVENT_TIME).lt(stamp.time()),
                new Criteria().andOperator(where(KnownPlatformDocument.LAST_EVENT_TIME).is(stamp.time()),
                        where(KnownPlatformDocument.LAST_EVENT_ID).lt(stamp.eventId()))));
        Update replace = new Update()
                .set("name", document.name())
                .set("languages", document.languages())
                .set("timeZone", document.timeZone())
                .set(KnownPlatformDocument.LAST_EVENT_TIME, document.lastEventTime())
                .set(KnownPlatformDocument.LAST_EVENT_ID, document.lastEventId());
        return mongo.updateFirst(olderThanStamp, replace, KnownPlatformDocument.class).getMatchedCount() > 0;
    }

    public Optional<KnownPlatform> find(CountryCode countryCode) {
        return Optional.ofNullable(mongo.findById(countryCode.value(), KnownPlatformDocument.class))
                .map(KnownPlatformDocument::toPlatform);
    }
}
