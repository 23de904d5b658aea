package org.mineaction.platform.obligations.messaging;

import java.time.Instant;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.platform.obligations.domain.Article7Report;
import org.mineaction.platform.obligations.domain.ConventionObligations;
import org.springframework.stereotype.Component;

/** What the suite is told when a country's obligations change, ready for the outbox. */
@Component
public class ObligationEvents {

    private final OutboxMessageFactory messages;

    ObligationEvents(OutboxMessageFactory messages) {
        this.messages = messages;
    }

    /** @param version the version the obligations are stored at with this change */
    public OutboxMessage changed(String country, ConventionObligations obligations, long version, Instant occurredAt) {
        return messages.create(Topics.PLATFORM_EVENTS, Type.OBLIGATION_CHANGED, country,
                ObligationChangedV1.of(country, obligations, version, occurredAt));
    }

    public OutboxMessage article7Submitted(String country, Article7Report report, Instant occurredAt) {
        return messages.create(Topics.PLATFORM_EVENTS, Type.ARTICLE7_REPORT_SUBMITTED, country,
                Article7SubmittedV1.of(country, report, occurredAt));
    }
}
