package org.mineaction.chassis.outbox;

import java.time.Clock;
import java.util.UUID;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.correlation.CorrelationId;
import tools.jackson.databind.json.JsonMapper;

/** Builds outbox messages from purpose-built event payloads (never from stored documents). */
public class OutboxMessageFactory {

    private final JsonMapper jsonMapper;
    private final Clock clock;

    public OutboxMessageFactory(JsonMapper jsonMapper, Clock clock) {
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    /**
     * @param topic   the catalogue topic
     * @param type    the catalogue event type
     * @param country ISO alpha-3 code: the record key (ordering per country) and the subject
     * @param data    the event payload, serialised as the CloudEvent data
     */
    public OutboxMessage create(String topic, EventCatalogue.Type type, String country, Object data) {
        return new OutboxMessage(UUID.randomUUID().toString(), topic, country, type.ceType(), country,
                clock.instant(), type.dataSchemaUri(), CorrelationId.current().orElse(null),
                jsonMapper.writeValueAsString(data));
    }
}
