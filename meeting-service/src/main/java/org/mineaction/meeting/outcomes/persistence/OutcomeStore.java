package org.mineaction.meeting.outcomes.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.mineaction.meeting.outcomes.domain.Outcome;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.persistence.AggregateStore;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.mineaction.meeting.shared.persistence.VersionedStore;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/** The {@code outcomes} collection; every read names the country. */
@Repository
public class OutcomeStore extends AggregateStore<Outcome, OutcomeDocument> {

    OutcomeStore(VersionedStore store) {
        super(store, OutcomeDocument.class, Outcome::id, OutcomeDocument::new);
    }

    public List<Versioned<Outcome>> ofMeeting(String country, String meetingId) {
        return find(query(where(VersionedDocument.COUNTRY).is(country)
                .and(VersionedDocument.STATE + ".meetingId").is(meetingId))
                .with(Sort.by(VersionedDocument.STATE + ".recordedAt")));
    }
}
