package org.mineaction.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.testing.Eventually.eventually;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.reporting.platforms.PlatformSummaries;
import org.mineaction.reporting.platforms.domain.PlatformSummary;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.testing.security.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform report end to end: events in over a real broker, the projection in a real Mongo
 * wire server or MongoDB, the report out over HTTP. Subclasses choose the infrastructure.
 *
 * <p>The topic has one partition, so a marker event published last and seen projected proves
 * every record before it was handled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class PlatformReportScenario {

    static final String TOPIC = EventCatalogue.Topics.PLATFORM_EVENTS;
    static final String DEAD_LETTERS = EventCatalogue.Topics.deadLetterOf(TOPIC);
    static final String REGISTERED = EventCatalogue.Type.PLATFORM_REGISTERED.ceType();
    static final String REPORT = "/api/v1/reports/platforms";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger MARKERS = new AtomicInteger();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @LocalServerPort
    int port;

    @Autowired
    PlatformSummaries summaries;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestTokens.global("isu-analyst", GlobalRole.ISU_ANALYST)).build();
    }

    @Test
    void projectsTheCatalogueExampleAndReportsIt() {
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "KHM",
                CatalogueAssertions.example(EventCatalogue.Type.PLATFORM_REGISTERED));

        eventually(() -> http.get().uri(REPORT + "?country=KHM").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.platforms[0].countryCode").isEqualTo("KHM")
                .jsonPath("$.platforms[0].name").isEqualTo("Cambodia National Mine Action Platform")
                .jsonPath("$.platforms[0].languages").isEqualTo(List.of("en", "fr"))
                .jsonPath("$.platforms[0].timeZone").isEqualTo("Asia/Phnom_Penh")
                .jsonPath("$.platforms[0].registeredAt").isEqualTo("2026-11-23T09:30:00Z"));
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        Map<String, String> headers = headers(UUID.randomUUID().toString(), REGISTERED, "LAO", Instant.now());
        String data = registration("LAO", "Lao PDR National Mine Action Platform");
        KafkaTestRecords.publish(bootstrap, TOPIC, "LAO", data, headers);
        KafkaTestRecords.publish(bootstrap, TOPIC, "LAO", data, headers);

        awaitEverythingPublishedSoFar();

        assertThat(mongo.getCollection("platform_summaries").countDocuments(new Document("_id", "LAO"))).isEqualTo(1);
        assertThat(mongo.getCollection("platform_summaries").find(new Document("_id", "LAO")).first())
                .containsEntry("lastEventId", headers.get("ce_id"));
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteANewerOne() {
        Instant now = Instant.now();
        publish("AGO", registration("AGO", "Angola platform, renamed"), now);
        publish("AGO", registration("AGO", "Angola platform, first name"), now.minusSeconds(60));

        awaitEverythingPublishedSoFar();
        assertThat(nameOf("AGO")).isEqualTo("Angola platform, renamed");

        publish("AGO", registration("AGO", "Angola National Mine Action Platform"), now.plusSeconds(60));
        eventually(() -> assertThat(nameOf("AGO")).isEqualTo("Angola National Mine Action Platform"));
    }

    @Test
    void acceptsFieldsItDoesNotKnowAndStoresNoPersonalData() {
        ObjectNode event = (ObjectNode) JSON.readTree(registration("COL", "Colombia National Mine Action Platform"));
        event.put("status", "ACTIVE");
        event.putObject("champion").put("organisation", "Norway").put("rotation", "yearly");
        // A producer mistake must not carry contact data into the ISU's read model.
        event.put("contactEmail", "lead@daicma.example.org");
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "COL", JSON.writeValueAsString(event));

        eventually(() -> assertThat(nameOf("COL")).isEqualTo("Colombia National Mine Action Platform"));
        Document stored = mongo.getCollection("platform_summaries").find(new Document("_id", "COL")).first();
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "name", "languages", "timeZone",
                "registeredAt", "lastEventTime", "lastEventId", "_class");
        http.get().uri(REPORT + "?country=COL").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).doesNotContain("example.org", "status"));
    }

    @Test
    void skipsOtherEventTypesParksMalformedRecordsAndCarriesOn() {
        String now = Instant.now().toString();
        publish("SKP", registration("SKP", "Other event type"), "org.mineaction.platform.renamed.v1");
        KafkaTestRecords.publish(bootstrap, TOPIC, "BAD", "{\"countryCode\": \"BAD\", ",
                headers(UUID.randomUUID().toString(), REGISTERED, "BAD", Instant.parse(now)));
        KafkaTestRecords.publish(bootstrap, TOPIC, "HDR", registration("HDR", "No CloudEvent headers"),
                Map.of("content-type", "application/json"));
        ObjectNode breaksRule = (ObjectNode) JSON.readTree(registration("RUL", "No languages"));
        breaksRule.putArray("languages");
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "RUL", JSON.writeValueAsString(breaksRule));
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "PER", registration("PER", "Peru platform"));

        eventually(() -> assertThat(nameOf("PER")).isEqualTo("Peru platform"));
        // The members and the figures projections read the topic in groups of their own: a record that
        // is no CloudEvent at all fails in all three and is parked once per group; a registration whose
        // data is no JSON fails here and in the figures; one that breaks a rule of this report only here.
        eventually(() -> {
            List<ConsumerRecord<String, String>> parked = KafkaTestRecords.readAll(bootstrap, DEAD_LETTERS, 6);
            assertThat(parked).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("BAD", "BAD", "HDR", "HDR",
                    "HDR", "RUL");
            assertThat(parked).filteredOn(r -> r.key().equals("BAD"))
                    .allSatisfy(r -> assertThat(r.value()).isEqualTo("{\"countryCode\": \"BAD\", "));
        });
        assertThat(summaries.list(Optional.of(new CountryCode("SKP")))).isEmpty();
    }

    @Test
    void listsEveryPlatformOnceSortedByCountryCode() {
        publish("ZWE", registration("ZWE", "Zimbabwe platform"), Instant.now());
        publish("BIH", registration("BIH", "Bosnia and Herzegovina platform"), Instant.now());
        awaitEverythingPublishedSoFar();

        String body = http.get().uri(REPORT).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode report = JSON.readTree(body);
        List<String> countries = report.get("platforms").valueStream().map(p -> p.get("countryCode").asString())
                .toList();
        assertThat(countries).contains("BIH", "ZWE").isSorted().doesNotHaveDuplicates();
        assertThat(report.get("total").asInt()).isEqualTo(countries.size());
    }

    @Test
    void refusesAMalformedCountryAndUnknownParameters() {
        http.get().uri(REPORT + "?country=kh").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.instance").isEqualTo(REPORT)
                .jsonPath("$.errors[0].field").isEqualTo("country");
        http.get().uri(REPORT + "?country=KHM&country=LAO").exchange()
                .expectStatus().isBadRequest();
        http.get().uri(REPORT + "?contry=KHM").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("contry");
        http.get().uri(REPORT + "?country=XXX").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0).jsonPath("$.platforms").isEmpty();
    }

    @Test
    void consumesInTheGroupOfTheService() {
        assertThat(listeners.getListenerContainer("platform-events").getGroupId()).isEqualTo("reporting-service");
    }

    private String nameOf(String country) {
        return summaries.list(Optional.of(new CountryCode(country))).stream().findFirst()
                .map(PlatformSummary::name).orElse(null);
    }

    /** The catalogue example, re-addressed to another country so tests do not share a summary. */
    static String registration(String country, String name) {
        return CatalogueAssertions.example(EventCatalogue.Type.PLATFORM_REGISTERED,
                event -> event.put("countryCode", country).put("name", name));
    }

    private void publish(String country, String data, Instant time) {
        KafkaTestRecords.publish(bootstrap, TOPIC, country, data,
                headers(UUID.randomUUID().toString(), REGISTERED, country, time));
    }

    private void publish(String country, String data, String type) {
        KafkaTestRecords.publish(bootstrap, TOPIC, country, data,
                headers(UUID.randomUUID().toString(), type, country, Instant.now()));
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
