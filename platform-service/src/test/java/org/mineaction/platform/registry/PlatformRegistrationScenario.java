package org.mineaction.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.testing.CatalogueAssertions.assertConformsToCatalogue;
import static org.mineaction.testing.CatalogueAssertions.header;

import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.testing.security.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.platform.registry.persistence.PlatformRepository;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Registering a platform over HTTP against a real broker and a real Mongo-wire server: run once
 * on the embedded ones and, where Docker exists, once on MongoDB and Kafka containers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class PlatformRegistrationScenario {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    KafkaConnectionDetails kafka;
    @Autowired
    PlatformRepository platforms;

    static String body(String country, String email) {
        return """
                {"countryCode":"%s","name":"National Mine Action Platform %s","languages":["fr","en"],
                 "timeZone":"Asia/Phnom_Penh","contactEmail":"%s","status":"SUSPENDED","version":99}
                """.formatted(country, country, email);
    }

    HttpResponse<String> post(String json, String correlationId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/platforms"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.global("it-operator", GlobalRole.OPERATOR))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestTokens.global("it-operator", GlobalRole.OPERATOR)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String bootstrap() {
        return String.join(",", kafka.getBootstrapServers());
    }

    List<ConsumerRecord<String, String>> recordsFor(String topic, String country) {
        return KafkaTestRecords.readAll(bootstrap(), topic, 1).stream()
                .filter(record -> country.equals(record.key())).toList();
    }

    @Test
    void registersAPlatformAndPublishesItsEventsThroughTheOutbox() throws Exception {
        HttpResponse<String> response = post(body("KHM", "lead@cmaa.example.org"), "it-correlation-1");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/platforms/KHM");
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("it-correlation-1");
        assertThat(response.body()).contains("\"status\":\"ACTIVE\"").doesNotContain("lead@cmaa");

        List<ConsumerRecord<String, String>> published = recordsFor(Topics.PLATFORM_EVENTS, "KHM");
        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> event = published.getFirst();
        assertConformsToCatalogue(event);
        assertThat(header(event, "ce_type")).isEqualTo("org.mineaction.platform.registered.v1");
        assertThat(header(event, "ce_source")).isEqualTo("/platform-service");
        assertThat(header(event, "ce_correlationid")).isEqualTo("it-correlation-1");
        assertThat(event.value()).doesNotContain("@");

        List<ConsumerRecord<String, String>> delivery = recordsFor(Topics.PLATFORM_DELIVERY, "KHM");
        assertThat(delivery).hasSize(1);
        assertConformsToCatalogue(delivery.getFirst());
        assertThat(delivery.getFirst().value()).contains("\"email\":\"lead@cmaa.example.org\"", "\"language\":\"fr\"");

        assertThat(platforms.findById("KHM")).hasValueSatisfying(stored -> assertThat(stored.outbox()).isEmpty());
        assertThat(get("/api/v1/platforms/khm").body()).contains("\"countryCode\":\"KHM\"").doesNotContain("@");
    }

    @Test
    void refusesASecondPlatformForTheSameCountry() throws Exception {
        assertThat(post(body("COL", "a@daicma.example.org"), null).statusCode()).isEqualTo(201);

        HttpResponse<String> second = post(body("col", "b@daicma.example.org"), null);

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(second.body()).contains("platform-already-registered");
        assertThat(recordsFor(Topics.PLATFORM_EVENTS, "COL")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"countryCode\":\"XYZ\",",
            "{\"countryCode\":\"XYZ\",\"name\":\"n\",\"languages\":[\"en\"],\"timeZone\":\"UTC\",\"contactEmail\":\"a@b.org\"}",
            "{\"name\":\"n\",\"languages\":[\"en\"],\"timeZone\":\"UTC\",\"contactEmail\":\"a@b.org\"}",
            "{\"countryCode\":\"AFG\",\"name\":\"n\",\"languages\":[\"xx\"],\"timeZone\":\"UTC\",\"contactEmail\":\"a@b.org\"}",
            "{\"countryCode\":\"AFG\",\"name\":\"n\",\"languages\":[\"en\"],\"timeZone\":\"Mars/Base\",\"contactEmail\":\"a@b.org\"}",
            "{\"countryCode\":\"AFG\",\"name\":\"n\",\"languages\":[\"en\"],\"timeZone\":\"UTC\",\"contactEmail\":\"nobody\"}",
            "[]",
            ""})
    void refusesBadInputWithAProblemAndStoresNothing(String json) throws Exception {
        long before = platforms.count();

        HttpResponse<String> response = post(json, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":400", "\"instance\":\"/api/v1/platforms\"",
                "\"type\":\"https://mineaction.org/problems/", "\"correlationId\":");
        assertThat(platforms.count()).isEqualTo(before);
        assertThat(get("/api/v1/platforms/AFG").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/platforms/XYZ").statusCode()).isEqualTo(404);
    }

    @Test
    void namesEveryMissingField() throws Exception {
        HttpResponse<String> response = post("{}", "it-missing-fields");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("validation-failed", "\"correlationId\":\"it-missing-fields\"",
                "\"field\":\"countryCode\"", "\"field\":\"name\"", "\"field\":\"languages\"",
                "\"field\":\"timeZone\"", "\"field\":\"contactEmail\"");
    }

    @Test
    void refusesABodyOverOneMebibyte() throws Exception {
        long before = platforms.count();
        String padding = "x".repeat(1024 * 1024);

        HttpResponse<String> response = post(body("MOZ", "a@ind.example.org").replace("\"name\":\"", "\"name\":\"" + padding), null);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(platforms.count()).isEqualTo(before);
    }

    @Test
    void answersNotFoundAsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/platforms/PER");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("No platform is registered for PER");
    }
}
