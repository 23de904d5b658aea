package org.mineaction.meeting.minutes.persistence;

import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.minutes.domain.Minutes;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.persistence.VersionedStore;
import org.springframework.stereotype.Repository;

/** The {@code minutes} collection, one document per meeting; every read names the country. */
@Repository
public class MinutesStore {

    private final VersionedStore store;

    MinutesStore(VersionedStore store) {
        this.store = store;
    }

    /** Stores the first draft; a concurrent first draft loses with a duplicate key (409). */
    public void insert(Minutes minutes, List<OutboxMessage> events) {
        store.insert(new MinutesDocument(minutes, events));
    }

    public void update(Minutes minutes, long basedOn, List<OutboxMessage> events) {
        store.update(MinutesDocument.class, minutes.meetingId(), basedOn, minutes, events);
    }

    public Optional<Versioned<Minutes>> find(String country, String meetingId) {
        return store.find(MinutesDocument.class, country, meetingId)
                .map(d -> new Versioned<>(d.state(), d.version()));
    }
}
