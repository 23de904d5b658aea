package org.mineaction.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/** Reads and writes records on a real broker the way another service would. */
public final class KafkaTestRecords {

    private KafkaTestRecords() {
    }

    /** Every record on the topic from the beginning, once at least {@code atLeast} are there. */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic, int atLeast) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= atLeast;
            });
        }
        return records;
    }

    /** Publishes a CloudEvent in binary mode with the given type and data, as a producer would. */
    public static String publish(String bootstrap, String topic, String type, String country, String data) {
        String id = UUID.randomUUID().toString();
        publish(bootstrap, topic, country, data, cloudEventHeaders(id, "/test", type, country, Instant.now()));
        return id;
    }

    /** The headers of a CloudEvent in binary mode with JSON data, as the outbox relay writes them. */
    public static Map<String, String> cloudEventHeaders(String id, String source, String type, String subject,
            Instant time) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", source, "ce_type", type,
                "ce_subject", subject, "ce_time", time.toString(), "content-type", "application/json");
    }

    /** Publishes a record with exactly the given headers (to test malformed events too). */
    public static void publish(String bootstrap, String topic, String key, String value, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, value1) -> recordHeaders.add(name, value1.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }
}
