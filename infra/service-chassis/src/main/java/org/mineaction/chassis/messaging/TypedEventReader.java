package org.mineaction.chassis.messaging;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps every listener takes before its own: read the CloudEvent off the record, pass over the
 * types it has no use for (a topic carries every fact of its producer), and map the JSON data into
 * the listener's own DTO, which reads only the fields it needs.
 *
 * <p>Whatever cannot be read is thrown, for the chassis failure policy to park at once: a record
 * that is no CloudEvent ({@link org.mineaction.chassis.cloudevents.MalformedEventException}) or
 * whose data is not JSON of the DTO's shape ({@link tools.jackson.core.JacksonException}).
 */
public class TypedEventReader {

    private static final Logger log = LoggerFactory.getLogger(TypedEventReader.class);

    private final JsonMapper jsonMapper;

    public TypedEventReader(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** The event with its data read as {@code dataType}, or empty when the record is of another type. */
    public <D> Optional<TypedEvent<D>> read(ConsumerRecord<String, String> record, EventCatalogue.Type type,
            Class<D> dataType) {
        return read(record, Set.of(type), dataType);
    }

    /**
     * The event with its data read as {@code dataType}, or empty when the record is of none of the
     * {@code types}: for a family of events sharing one data shape (the member facts, say).
     */
    public <D> Optional<TypedEvent<D>> read(ConsumerRecord<String, String> record, Set<EventCatalogue.Type> types,
            Class<D> dataType) {
        IncomingEvent event = IncomingEvent.from(record);
        if (types.stream().noneMatch(type -> type.ceType().equals(event.type()))) {
            log.debug("Skipping event {} of type {}: only {} are read here", event.id(), event.type(), types);
            return Optional.empty();
        }
        return Optional.of(new TypedEvent<>(event, jsonMapper.readValue(event.data(), dataType)));
    }
}
