package org.mineaction.notification.meetings.persistence;

import java.time.LocalDate;
import org.mineaction.notification.meetings.domain.ActionPoint;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An action point's owner, due date and status, one document per country and action point id. */
@Document(ActionPointDocument.COLLECTION)
record ActionPointDocument(@Id String id, String countryCode, String actionPointId, String meetingId, String title,
        String ownerMemberId, LocalDate dueDate, String status) {

    static final String COLLECTION = "action_points";

    static ActionPointDocument of(ActionPoint p) {
        return new ActionPointDocument(p.countryCode() + "/" + p.actionPointId(), p.countryCode(), p.actionPointId(),
                p.meetingId(), p.title(), p.ownerMemberId(), p.dueDate(), p.status());
    }

    ActionPoint toActionPoint() {
        return new ActionPoint(countryCode, actionPointId, meetingId, title, ownerMemberId, dueDate, status);
    }
}
