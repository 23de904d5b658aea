package org.mineaction.meeting.platforms.persistence;

import java.util.Optional;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.NewerEventWins;
import org.mineaction.meeting.platforms.domain.KnownPlatform;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The {@code known_platforms} replica, one document per country. */
@Repository
public class KnownPlatformStore {

    private final MongoTemplate mongo;
    private final NewerEventWins newerEventWins;

    KnownPlatformStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.newerEventWins = new NewerEventWins(mongo);
    }

    /**
     * Stores the platform unless the stored one comes from the same or a newer event
     * ({@link NewerEventWins}).
     *
     * @return whether the platform was stored
     */
    public boolean saveIfNewer(KnownPlatform platform, EventStamp stamp) {
        return newerEventWins.save(KnownPlatformDocument.of(platform, stamp));
    }

    public Optional<KnownPlatform> find(CountryCode countryCode) {
        return Optional.ofNullable(mongo.findById(countryCode.value(), KnownPlatformDocument.class))
                .map(KnownPlatformDocument::toPlatform);
    }
}
