package org.mineaction.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.testing.security.TestIdentityProvider;
import org.mineaction.testing.security.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.platform.PlatformApplication;
import org.mineaction.testing.KafkaTestRecords;
import org.mineaction.testing.MongoWireServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The service stores a platform and dies before its relay publishes anything; the next instance
 * to start publishes the event. Modelled by running the first instance with its relay switched
 * off (the state a crash right after the write leaves behind), then a normal one on the same store.
 */
class OutboxCrashRecoveryIT {

    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.PLATFORM_EVENTS, Topics.PLATFORM_DELIVERY);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    private ConfigurableApplicationContext start(boolean relayEnabled) {
        Stream<String> identity = TestIdentityProvider.get().properties().entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue());
        return new SpringApplicationBuilder(PlatformApplication.class).profiles("test").run(Stream.concat(Stream.of(
                "--server.port=0",
                "--spring.mongodb.uri=" + MongoWireServer.uri("platform-crash-it"),
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--mineaction.outbox.relay-enabled=" + relayEnabled), identity).toArray(String[]::new));
    }

    @Test
    void publishesWhatACrashedInstanceStoredButNeverSent() throws Exception {
        try (ConfigurableApplicationContext crashed = start(false)) {
            String port = crashed.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/api/v1/platforms"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestTokens.global("it-operator", GlobalRole.OPERATOR))
                    .POST(HttpRequest.BodyPublishers.ofString(PlatformRegistrationScenario.body("LKA", "lead@nmac.example.org")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(201);
        }

        try (ConfigurableApplicationContext restarted = start(true)) {
            List<ConsumerRecord<String, String>> events =
                    KafkaTestRecords.readAll(broker.getBrokersAsString(), Topics.PLATFORM_EVENTS, 1);
            assertThat(events).extracting(ConsumerRecord::key).containsExactly("LKA");
            assertThat(KafkaTestRecords.readAll(broker.getBrokersAsString(), Topics.PLATFORM_DELIVERY, 1))
                    .extracting(ConsumerRecord::key).containsExactly("LKA");
        }
    }
}
