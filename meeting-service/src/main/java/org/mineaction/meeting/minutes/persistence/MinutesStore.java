package org.mineaction.meeting.minutes.persistence;

import org.mineaction.meeting.minutes.domain.Minutes;
import org.mineaction.meeting.shared.persistence.AggregateStore;
import org.mineaction.meeting.shared.persistence.VersionedStore;
import org.springframework.stereotype.Repository;

/**
 * The {@code minutes} collection, one document per meeting (same id); every read names the country.
 * A concurrent first draft loses with a duplicate key (409).
 */
@Repository
public class MinutesStore extends AggregateStore<Minutes, MinutesDocument> {

    MinutesStore(VersionedStore store) {
        super(store, MinutesDocument.class, Minutes::meetingId, MinutesDocument::new);
    }
}
