package org.mineaction.chassis.outbox;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.mineaction.chassis.cloudevents.CloudEventHeaders;
import org.mineaction.chassis.work.PollingLoop;
import org.mineaction.chassis.work.PollingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the messages waiting in aggregates' outboxes as CloudEvents, oldest first per
 * document, and removes each from its document only after the broker acknowledged it.
 *
 * <p>A crash between the acknowledgement and the removal publishes that message again on the next
 * run: delivery is at least once and every consumer is idempotent. One thread does all the work,
 * so a document's messages leave in the order they were written.
 */
public class OutboxRelay extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final String source;
    private final Counter published;
    private final Counter failures;
    private final PollingLoop loop;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    private static final String PENDING_KEY = OutboxMessage.FIELD + ".eventId";

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            String source, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.source = source;
        this.published = meters.counter("outbox.messages.published");
        this.failures = meters.counter("outbox.publish.failures");
        this.loop = new PollingLoop("outbox-relay", properties.pollInterval(), properties.sendTimeout(), this::drainSafely);
    }

    /**
     * A sparse index on the pending messages' ids: a document whose outbox is empty has no entry,
     * so finding the documents with work is an index lookup instead of a collection scan. Created
     * once per collection; a store that cannot build it (an embedded one) still answers the query.
     */
    private void indexPendingMessages(MongoCollection<Document> collection) {
        String name = collection.getNamespace().getCollectionName();
        if (!indexed.add(name)) {
            return;
        }
        try {
            collection.createIndex(Indexes.ascending(PENDING_KEY), new IndexOptions().sparse(true).name("outbox_pending"));
        } catch (RuntimeException e) {
            log.warn("No index for pending outbox messages on {} ({}); the relay scans it instead", name, e.toString());
        }
    }

    /** Ask for a run now rather than at the next poll, e.g. right after an aggregate was saved. */
    public void nudge() {
        loop.nudge();
    }

    /** Publishes everything pending; returns how many messages went out. */
    public int drain() {
        int sent = 0;
        for (String collectionName : properties.collections()) {
            sent += drain(mongo.getCollection(collectionName));
        }
        return sent;
    }

    private int drain(MongoCollection<Document> collection) {
        indexPendingMessages(collection);
        int sent = 0;
        while (true) {
            // Only documents with a message waiting (the sparse index holds no others), and only
            // their outbox: an aggregate may be large, its pending messages are what the relay needs.
            List<Document> pending = collection.find(exists(PENDING_KEY))
                    .projection(Projections.include(OutboxMessage.FIELD))
                    .limit(properties.batchSize()).into(new java.util.ArrayList<>());
            if (pending.isEmpty()) {
                return sent;
            }
            for (Document document : pending) {
                sent += publishAll(collection, document);
            }
        }
    }

    private int publishAll(MongoCollection<Document> collection, Document document) {
        int sent = 0;
        for (Document entry : document.getList(OutboxMessage.FIELD, Document.class)) {
            OutboxMessage message = mongo.getConverter().read(OutboxMessage.class, entry);
            send(message);
            collection.updateOne(eq("_id", document.get("_id")),
                    Updates.pull(OutboxMessage.FIELD, new Document("eventId", message.eventId())));
            published.increment();
            sent++;
        }
        return sent;
    }

    private void send(OutboxMessage message) {
        try {
            kafka.send(toRecord(message)).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxPublishException(message, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new OutboxPublishException(message, e);
        }
    }

    ProducerRecord<String, String> toRecord(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, message.eventId());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, message.type());
        header(headers, CloudEventHeaders.SUBJECT, message.subject());
        header(headers, CloudEventHeaders.TIME, message.time().toString());
        header(headers, CloudEventHeaders.DATA_SCHEMA, message.dataSchema());
        header(headers, CloudEventHeaders.CORRELATION_ID, message.correlationId());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(message.topic(), null, message.key(), message.payload(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("Outbox relay could not publish; will retry in {}: {}", properties.pollInterval(), e.getMessage());
        }
    }

    @Override
    protected PollingLoop loop() {
        return loop;
    }

    static final class OutboxPublishException extends RuntimeException {
        OutboxPublishException(OutboxMessage message, Throwable cause) {
            super("Could not publish " + message.type() + " " + message.eventId() + " to " + message.topic()
                    + ": " + cause.getMessage(), cause);
        }
    }
}
