package org.mineaction.reporting.platforms;

import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.reporting.platforms.domain.PlatformSummary;
import org.mineaction.reporting.platforms.persistence.PlatformSummaryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The platform projection: fed by platform events, read by the reports. */
@Service
public class PlatformSummaries {

    private static final Logger log = LoggerFactory.getLogger(PlatformSummaries.class);

    private final PlatformSummaryStore store;

    PlatformSummaries(PlatformSummaryStore store) {
        this.store = store;
    }

    /** Projects a registration; a replayed or out-of-date event leaves the summary as it is. */
    public void registered(PlatformSummary summary, EventStamp stamp) {
        if (store.saveIfNewer(summary, stamp)) {
            log.info("Platform {} projected from event {}", summary.countryCode(), stamp.eventId());
        } else {
            log.info("Event {} for platform {} is a replay or older than the projection: ignored",
                    stamp.eventId(), summary.countryCode());
        }
    }

    /** All platforms, or the one of {@code country}, ordered by country code. */
    public List<PlatformSummary> list(Optional<CountryCode> country) {
        return country.map(code -> store.find(code).stream().toList()).orElseGet(store::findAll);
    }
}
