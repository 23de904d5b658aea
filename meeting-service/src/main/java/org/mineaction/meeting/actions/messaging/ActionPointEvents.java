package org.mineaction.meeting.actions.messaging;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.meeting.actions.domain.ActionPoint;
import org.mineaction.meeting.actions.domain.ActionStatus;
import org.springframework.stereotype.Component;

/** {@code action-point.assigned.v1} and {@code action-point.status-changed.v1}: owners by id only. */
@Component
public class ActionPointEvents {

    private final OutboxMessageFactory messages;

    ActionPointEvents(OutboxMessageFactory messages) {
        this.messages = messages;
    }

    public OutboxMessage assigned(ActionPoint actionPoint) {
        return messages.create(Topics.MEETING_EVENTS, Type.ACTION_POINT_ASSIGNED, actionPoint.country(),
                new Assigned(Core.of(actionPoint), actionPoint.changedAt(), actionPoint.changedAt()));
    }

    public OutboxMessage statusChanged(ActionPoint actionPoint, ActionStatus previous) {
        return messages.create(Topics.MEETING_EVENTS, Type.ACTION_POINT_STATUS_CHANGED, actionPoint.country(),
                new StatusChanged(Core.of(actionPoint), previous, actionPoint.changedAt(), actionPoint.changedAt()));
    }

    record Core(String actionPointId, String countryCode, String meetingId, String description, String ownerMemberId,
            String ownerOrganisationId, LocalDate dueDate, ActionStatus status, Instant openedAt, Instant closedAt) {

        static Core of(ActionPoint a) {
            return new Core(a.id(), a.country(), a.meetingId(), a.description(), a.owner().memberId(),
                    a.owner().organisationId(), a.dueDate(), a.status(), a.openedAt(), a.closedAt());
        }
    }

    record Assigned(@JsonUnwrapped Core actionPoint, Instant assignedAt, Instant occurredAt) {
    }

    record StatusChanged(@JsonUnwrapped Core actionPoint, ActionStatus previousStatus, Instant changedAt,
            Instant occurredAt) {
    }
}
