package org.mineaction.platform.membership.messaging;

import java.time.Instant;
import java.util.List;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.platform.membership.domain.Organisation;
import org.springframework.stereotype.Component;

/** What the rest of the suite is told when an organisation is added or changed, for its outbox. */
@Component
public class OrganisationEvents {

    private final OutboxMessageFactory messages;

    OrganisationEvents(OutboxMessageFactory messages) {
        this.messages = messages;
    }

    public List<OutboxMessage> registered(Organisation organisation, Instant occurredAt) {
        return List.of(messages.create(Topics.PLATFORM_EVENTS, Type.ORGANISATION_REGISTERED,
                organisation.country().value(), OrganisationEventV1.of(organisation, 0, occurredAt)));
    }

    /** @param version the version the organisation is stored at with this change */
    public List<OutboxMessage> updated(Organisation organisation, long version, Instant occurredAt) {
        return List.of(messages.create(Topics.PLATFORM_EVENTS, Type.ORGANISATION_UPDATED,
                organisation.country().value(), OrganisationEventV1.of(organisation, version, occurredAt)));
    }
}
