package org.mineaction.meeting.outcomes.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.outcomes.domain.Outcome;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.mineaction.meeting.shared.persistence.VersionedStore;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/** The {@code outcomes} collection; every read names the country. */
@Repository
public class OutcomeStore {

    private final VersionedStore store;

    OutcomeStore(VersionedStore store) {
        this.store = store;
    }

    public void insert(Outcome outcome, List<OutboxMessage> events) {
        store.insert(new OutcomeDocument(outcome, events));
    }

    public void update(Outcome outcome, long basedOn, List<OutboxMessage> events) {
        store.update(OutcomeDocument.class, outcome.id(), basedOn, outcome, events);
    }

    public Optional<Versioned<Outcome>> find(String country, String id) {
        return store.find(OutcomeDocument.class, country, id).map(d -> new Versioned<>(d.state(), d.version()));
    }

    public List<Versioned<Outcome>> ofMeeting(String country, String meetingId) {
        return store.find(OutcomeDocument.class, query(where(VersionedDocument.COUNTRY).is(country)
                        .and(VersionedDocument.STATE + ".meetingId").is(meetingId))
                        .with(Sort.by(VersionedDocument.STATE + ".recordedAt")))
                .stream().map(d -> new Versioned<>(d.state(), d.version())).toList();
    }
}
