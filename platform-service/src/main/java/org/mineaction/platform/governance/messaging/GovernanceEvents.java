package org.mineaction.platform.governance.messaging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.platform.governance.domain.ChampionAnnouncement;
import org.springframework.stereotype.Component;

/** What the suite is told when a platform's composition or champion changes, ready for the outbox. */
@Component
public class GovernanceEvents {

    private final OutboxMessageFactory messages;

    GovernanceEvents(OutboxMessageFactory messages) {
        this.messages = messages;
    }

    /** @param championName the organisation's name, null when there is no champion now */
    public OutboxMessage championRotated(String country, ChampionAnnouncement.Change change, String championName,
            Instant occurredAt) {
        var current = change.current();
        return messages.create(Topics.PLATFORM_EVENTS, Type.CHAMPION_ROTATED, country, new ChampionRotatedV1(country,
                change.mode().name(), current == null ? null : current.organisationId(), championName,
                current == null ? null : current.from(), current == null ? null : current.to(),
                change.previous() == null ? null : change.previous().organisationId(), occurredAt));
    }

    /** @param components component name to member ids, every component present */
    public OutboxMessage compositionChanged(String country, Map<String, List<String>> components, long version,
            Instant occurredAt) {
        Map<String, CompositionChangedV1.Component> payload = new LinkedHashMap<>();
        components.forEach((component, ids) -> payload.put(component, new CompositionChangedV1.Component(ids)));
        return messages.create(Topics.PLATFORM_EVENTS, Type.PLATFORM_COMPOSITION_CHANGED, country,
                new CompositionChangedV1(country, payload, version, occurredAt));
    }
}
