package org.mineaction.meeting.actions.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.mineaction.meeting.actions.domain.ActionPoint;
import org.mineaction.meeting.actions.domain.ActionStatus;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.persistence.AggregateStore;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.mineaction.meeting.shared.persistence.VersionedStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@code action_points} collection; every read names the country. */
@Repository
public class ActionPointStore extends AggregateStore<ActionPoint, ActionPointDocument> {

    private static final String STATE = VersionedDocument.STATE + ".";

    ActionPointStore(VersionedStore store) {
        super(store, ActionPointDocument.class, ActionPoint::id, ActionPointDocument::new);
    }

    /** A country's action points, soonest due first, optionally of one meeting or status. */
    public List<Versioned<ActionPoint>> list(String country, String meetingId, ActionStatus status, int page,
            int size) {
        Query query = query(where(VersionedDocument.COUNTRY).is(country));
        if (meetingId != null) {
            query.addCriteria(where(STATE + "meetingId").is(meetingId));
        }
        if (status != null) {
            query.addCriteria(where(STATE + "status").is(status.name()));
        }
        return find(query.with(Sort.by(STATE + "dueDate", "_id")).skip((long) page * size).limit(size));
    }
}
