package org.mineaction.meeting.commitments.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.commitments.domain.Commitment;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.mineaction.meeting.shared.persistence.VersionedStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@code commitments} collection; every read names the country. */
@Repository
public class CommitmentStore {

    private final VersionedStore store;

    CommitmentStore(VersionedStore store) {
        this.store = store;
    }

    public void insert(Commitment commitment, List<OutboxMessage> events) {
        store.insert(new CommitmentDocument(commitment, events));
    }

    public void update(Commitment commitment, long basedOn, List<OutboxMessage> events) {
        store.update(CommitmentDocument.class, commitment.id(), basedOn, commitment, events);
    }

    public Optional<Versioned<Commitment>> find(String country, String id) {
        return store.find(CommitmentDocument.class, country, id).map(d -> new Versioned<>(d.state(), d.version()));
    }

    /** A country's commitments, newest first, optionally those covering one year. */
    public List<Versioned<Commitment>> list(String country, Integer year, int page, int size) {
        Query query = query(where(VersionedDocument.COUNTRY).is(country));
        if (year != null) {
            query.addCriteria(where(VersionedDocument.STATE + ".years").is(year));
        }
        query.with(Sort.by(Sort.Direction.DESC, VersionedDocument.STATE + ".recordedAt")).skip((long) page * size)
                .limit(size);
        return store.find(CommitmentDocument.class, query).stream()
                .map(d -> new Versioned<>(d.state(), d.version())).toList();
    }
}
