package org.mineaction.chassis.outbox;

import java.time.Instant;

/**
 * An integration event waiting in its aggregate's document until the broker has it.
 *
 * <p>Aggregates keep a list of these in a field named {@value #FIELD}; saving the aggregate and
 * its events is then one single-document write, atomic on MongoDB and mongo-java-server alike,
 * so an event is never lost nor published for a change that was not stored.
 */
public record OutboxMessage(String eventId, String topic, String key, String type, String subject,
        Instant time, String dataSchema, String correlationId, String payload) {

    /** Name of the field that holds pending messages in an aggregate's document. */
    public static final String FIELD = "outbox";
}
