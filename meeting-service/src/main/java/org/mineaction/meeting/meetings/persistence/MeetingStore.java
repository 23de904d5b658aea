package org.mineaction.meeting.meetings.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.meetings.domain.MeetingStatus;
import org.mineaction.meeting.meetings.domain.MeetingType;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.persistence.AggregateStore;
import org.mineaction.meeting.shared.persistence.VersionedDocument;
import org.mineaction.meeting.shared.persistence.VersionedStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The {@code meetings} collection; every read names the country. */
@Repository
public class MeetingStore extends AggregateStore<Meeting, MeetingDocument> {

    private static final String STATUS = VersionedDocument.STATE + ".status";
    private static final String STARTS_AT = VersionedDocument.STATE + ".schedule.startsAt";

    MeetingStore(VersionedStore store) {
        super(store, MeetingDocument.class, Meeting::id, MeetingDocument::new);
    }

    /** A page of a country's meetings, latest start first. */
    public List<Versioned<Meeting>> list(String country, MeetingStatus status, int page, int size) {
        Query query = query(where(VersionedDocument.COUNTRY).is(country));
        if (status != null) {
            query.addCriteria(where(STATUS).is(status.name()));
        }
        return find(query.with(Sort.by(Sort.Direction.DESC, STARTS_AT)).skip((long) page * size).limit(size));
    }

    /** The country's latest regular meeting that was not cancelled, for the cadence. */
    public Optional<Meeting> lastRegular(String country) {
        Query query = query(where(VersionedDocument.COUNTRY).is(country)
                .and(VersionedDocument.STATE + ".details.type").is(MeetingType.REGULAR.name())
                .and(STATUS).in(MeetingStatus.SCHEDULED.name(), MeetingStatus.HELD.name(), MeetingStatus.CLOSED.name()))
                .with(Sort.by(Sort.Direction.DESC, STARTS_AT)).limit(1);
        return find(query).stream().findFirst().map(Versioned::state);
    }
}
