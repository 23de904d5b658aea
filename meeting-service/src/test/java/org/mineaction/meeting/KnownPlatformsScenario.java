package org.mineaction.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.testing.Eventually.eventually;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.meeting.platforms.KnownPlatforms;
import org.mineaction.meeting.platforms.domain.KnownPlatform;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The replica of known platforms end to end: events in over a real broker, the replica in a real
 * Mongo wire server or MongoDB. Subclasses choose the infrastructure.
 *
 * <p>The topic has one partition, so a marker event published last and seen recorded proves every
 * record before it was handled.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class KnownPlatformsScenario {

    static final String TOPIC = EventCatalogue.Topics.PLATFORM_EVENTS;
    static final String DEAD_LETTERS = EventCatalogue.Topics.deadLetterOf(TOPIC);
    static final String REGISTERED = EventCatalogue.Type.PLATFORM_REGISTERED.ceType();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger MARKERS = new AtomicInteger();

    String bootstrap;

    /**
     * This context's broker. Not the {@code spring.kafka.bootstrap-servers} placeholder: resolved
     * for a cached context reused later, it names the broker of the latest context started in this JVM.
     */
    @Autowired
    void broker(KafkaConnectionDetails kafka) {
        bootstrap = String.join(",", kafka.getBootstrapServers());
    }

    @Autowired
    KnownPlatforms knownPlatforms;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void learnsOfThePlatformInTheCatalogueExample() {
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "KHM",
                CatalogueAssertions.example(EventCatalogue.Type.PLATFORM_REGISTERED));

        eventually(() -> assertThat(knownPlatforms.find(new CountryCode("KHM"))).hasValue(new KnownPlatform(
                new CountryCode("KHM"), "Cambodia National Mine Action Platform", List.of("en", "fr"),
                "Asia/Phnom_Penh")));
    }

    @Test
    void theSameEventDeliveredTwiceIsRecordedOnce() {
        Map<String, String> headers = headers(UUID.randomUUID().toString(), REGISTERED, "LAO", Instant.now());
        String data = registration("LAO", "Lao PDR National Mine Action Platform");
        KafkaTestRecords.publish(bootstrap, TOPIC, "LAO", data, headers);
        KafkaTestRecords.publish(bootstrap, TOPIC, "LAO", data, headers);

        awaitEverythingPublishedSoFar();

        assertThat(mongo.getCollection("known_platforms").countDocuments(new Document("_id", "LAO"))).isEqualTo(1);
        assertThat(mongo.getCollection("known_platforms").find(new Document("_id", "LAO")).first())
                .containsEntry("lastEventId", headers.get("ce_id"));
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteANewerOne() {
        Instant now = Instant.now();
        publish("AGO", registration("AGO", "Angola platform, renamed"), REGISTERED, now);
        publish("AGO", registration("AGO", "Angola platform, first name"), REGISTERED, now.minusSeconds(60));

        awaitEverythingPublishedSoFar();
        assertThat(nameOf("AGO")).isEqualTo("Angola platform, renamed");

        publish("AGO", registration("AGO", "Angola National Mine Action Platform"), REGISTERED, now.plusSeconds(60));
        eventually(() -> assertThat(nameOf("AGO")).isEqualTo("Angola National Mine Action Platform"));
    }

    @Test
    void acceptsFieldsItDoesNotKnowAndKeepsOnlyWhatMeetingsNeed() {
        ObjectNode event = (ObjectNode) JSON.readTree(registration("COL", "Colombia National Mine Action Platform"));
        event.put("status", "ACTIVE");
        event.putObject("champion").put("organisation", "Norway").put("rotation", "yearly");
        event.put("contactEmail", "lead@daicma.example.org");
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "COL", JSON.writeValueAsString(event));

        eventually(() -> assertThat(nameOf("COL")).isEqualTo("Colombia National Mine Action Platform"));
        Document stored = mongo.getCollection("known_platforms").find(new Document("_id", "COL")).first();
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "name", "languages", "timeZone",
                "lastEventTime", "lastEventId", "_class");
    }

    @Test
    void skipsOtherEventTypesParksMalformedRecordsAndCarriesOn() {
        publish("SKP", registration("SKP", "Other event type"), "org.mineaction.platform.renamed.v1", Instant.now());
        KafkaTestRecords.publish(bootstrap, TOPIC, "BAD", "[\"not\", \"an\", \"object\"]",
                headers(UUID.randomUUID().toString(), REGISTERED, "BAD", Instant.now()));
        KafkaTestRecords.publish(bootstrap, TOPIC, "HDR", registration("HDR", "No CloudEvent headers"),
                Map.of("content-type", "application/json"));
        ObjectNode breaksRule = (ObjectNode) JSON.readTree(registration("RUL", "Unknown time zone"));
        breaksRule.put("timeZone", "Asia/Atlantis");
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "RUL", JSON.writeValueAsString(breaksRule));
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "PER", registration("PER", "Peru platform"));

        eventually(() -> assertThat(nameOf("PER")).isEqualTo("Peru platform"));
        // The members and organisations projections read the topic in groups of their own: a record that
        // is no CloudEvent at all fails there too and is parked once per group.
        List<ConsumerRecord<String, String>> parked = KafkaTestRecords.readAll(bootstrap, DEAD_LETTERS, 5);
        assertThat(parked).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("BAD", "HDR", "HDR", "HDR",
                "RUL");
        assertThat(knownPlatforms.find(new CountryCode("SKP"))).isEmpty();
        assertThat(knownPlatforms.find(new CountryCode("RUL"))).isEmpty();
    }

    @Test
    void consumesInTheGroupOfTheService() {
        assertThat(listeners.getListenerContainer("platform-events").getGroupId()).isEqualTo("meeting-service");
    }

    private String nameOf(String country) {
        return knownPlatforms.find(new CountryCode(country)).map(KnownPlatform::name).orElse(null);
    }

    /** The catalogue example, re-addressed to another country so tests do not share a platform. */
    static String registration(String country, String name) {
        return CatalogueAssertions.example(EventCatalogue.Type.PLATFORM_REGISTERED,
                event -> event.put("countryCode", country).put("name", name));
    }

    private void publish(String country, String data, String type, Instant time) {
        KafkaTestRecords.publish(bootstrap, TOPIC, country, data,
                headers(UUID.randomUUID().toString(), type, country, time));
    }

    private void awaitEverythingPublishedSoFar() {
        int n = MARKERS.getAndIncrement();
        String marker = "Q" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, marker, registration(marker, "Marker " + n));
        eventually(() -> assertThat(nameOf(marker)).isEqualTo("Marker " + n));
    }

    static Map<String, String> headers(String id, String type, String country, Instant time) {
        return KafkaTestRecords.cloudEventHeaders(id, "/platform-service", type, country, time);
    }
}
