package org.mineaction.meeting.actions.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.actions.domain.ActionPoint;
import org.mineaction.meeting.actions.domain.ActionStatus;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.mineaction.meeting.shared.persistence.VersionedStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@code action_points} collection; every read names the country. */
@Repository
public class ActionPointStore {

    private static final String STATE = VersionedDocument.STATE + ".";

    private final VersionedStore store;

    ActionPointStore(VersionedStore store) {
        this.store = store;
    }

    public void insert(ActionPoint actionPoint, List<OutboxMessage> events) {
        store.insert(new ActionPointDocument(actionPoint, events));
    }

    public void update(ActionPoint actionPoint, long basedOn, List<OutboxMessage> events) {
        store.update(ActionPointDocument.class, actionPoint.id(), basedOn, actionPoint, events);
    }

    public Optional<Versioned<ActionPoint>> find(String country, String id) {
        return store.find(ActionPointDocument.class, country, id).map(d -> new Versioned<>(d.state(), d.version()));
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
        query.with(Sort.by(STATE + "dueDate", "_id")).skip((long) page * size).limit(size);
        return store.find(ActionPointDocument.class, query).stream()
                .map(d -> new Versioned<>(d.state(), d.version())).toList();
    }
}
