package org.mineaction.notification;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same scenario on MongoDB and Apache Kafka in containers (GreenMail stays in the JVM); skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class WelcomeEmailContainersIT extends WelcomeEmailScenario {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8").withReplicaSet();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.2.1");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("notification"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }
}
