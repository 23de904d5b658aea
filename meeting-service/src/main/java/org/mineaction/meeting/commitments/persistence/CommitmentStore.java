package org.mineaction.meeting.commitments.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.mineaction.meeting.commitments.domain.Commitment;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.persistence.AggregateStore;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.mineaction.meeting.shared.persistence.VersionedStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@code commitments} collection; every read names the country. */
@Repository
public class CommitmentStore extends AggregateStore<Commitment, CommitmentDocument> {

    CommitmentStore(VersionedStore store) {
        super(store, CommitmentDocument.class, Commitment::id, CommitmentDocument::new);
    }

    /** A country's commitments, newest first, optionally those covering one year. */
    public List<Versioned<Commitment>> list(String country, Integer year, int page, int size) {
        Query query = query(where(VersionedDocument.COUNTRY).is(country));
        if (year != null) {
            query.addCriteria(where(VersionedDocument.STATE + ".years").is(year));
        }
        return find(query.with(Sort.by(Sort.Direction.DESC, VersionedDocument.STATE + ".recordedAt"))
                .skip((long) page * size).limit(size));
    }
}
