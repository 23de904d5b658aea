package org.mineaction.platform.registry;

import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.testing.MongoWireServer;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The registration scenario on an in-JVM KRaft broker and mongo-java-server. */
@EmbeddedKafka(partitions = 1, topics = {Topics.PLATFORM_EVENTS, Topics.PLATFORM_DELIVERY})
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
class PlatformRegistrationIT extends PlatformRegistrationScenario {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MongoWireServer.uri("platform-registration-it"));
    }
}
