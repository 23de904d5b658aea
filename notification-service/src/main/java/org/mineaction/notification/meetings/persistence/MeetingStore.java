package org.mineaction.notification.meetings.persistence;

import java.util.Optional;
import org.mineaction.notification.meetings.domain.ActionPoint;
import org.mineaction.notification.meetings.domain.Meeting;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code meetings} and {@code action_points} collections. The events of one country arrive in
 * order on one partition and one consumer, so a read followed by a whole-document save does not race
 * with another writer of the same meeting.
 */
@Repository
public class MeetingStore {

    private final MongoTemplate mongo;

    MeetingStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Meeting> find(String countryCode, String meetingId) {
        return Optional.ofNullable(mongo.findById(MeetingDocument.idOf(countryCode, meetingId), MeetingDocument.class))
                .map(MeetingDocument::toMeeting);
    }

    public void save(Meeting meeting) {
        mongo.save(MeetingDocument.of(meeting));
    }

    public Optional<ActionPoint> findActionPoint(String countryCode, String actionPointId) {
        return Optional.ofNullable(mongo.findById(countryCode + "/" + actionPointId, ActionPointDocument.class))
                .map(ActionPointDocument::toActionPoint);
    }

    public void save(ActionPoint point) {
        mongo.save(ActionPointDocument.of(point));
    }
}
