package org.mineaction.notification;

import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.testing.MongoWireServer;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The scenario on an in-JVM KRaft broker and the Mongo wire server: runs everywhere. */
@EmbeddedKafka(partitions = 1, topics = {EventCatalogue.Topics.PLATFORM_DELIVERY,
        EventCatalogue.Topics.PLATFORM_DELIVERY + ".DLT"},
        // Join the consumer group at once instead of waiting for more members that never come.
        brokerProperties = "group.initial.rebalance.delay.ms=0")
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
class WelcomeEmailIT extends WelcomeEmailScenario {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MongoWireServer.uri("notification"));
    }
}
