package org.mineaction.platform.registry;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same scenario against MongoDB (replica set) and Kafka images; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class PlatformRegistrationContainersIT extends PlatformRegistrationScenario {

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Container
    @ServiceConnection
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.2.1");
}
