package org.mineaction.meeting.platforms;

import java.util.Optional;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.meeting.platforms.domain.KnownPlatform;
import org.mineaction.meeting.platforms.persistence.KnownPlatformStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The platforms meeting-service knows of, kept up to date from platform events so that meetings
 * can be checked against them while platform-service is unreachable.
 */
@Service
public class KnownPlatforms {

    private static final Logger log = LoggerFactory.getLogger(KnownPlatforms.class);

    private final KnownPlatformStore store;

    KnownPlatforms(KnownPlatformStore store) {
        this.store = store;
    }

    /** Records a registration; a replayed or out-of-date event leaves the replica as it is. */
    public void registered(KnownPlatform platform, EventStamp stamp) {
        if (store.saveIfNewer(platform, stamp)) {
            log.info("Platform {} known from event {}", platform.countryCode(), stamp.eventId());
        } else {
            log.info("Event {} for platform {} is a replay or older than what is known: ignored",
                    stamp.eventId(), platform.countryCode());
        }
    }

    public Optional<KnownPlatform> find(CountryCode countryCode) {
        return store.find(countryCode);
    }
}
