package org.mineaction.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a {@code @SpringBootTest} on a real broker and a real store inside the test JVM, so it runs
 * everywhere: an embedded KRaft broker with every catalogue topic and its dead-letter topic (one
 * partition each, so a marker published last proves every record before it was handled), and the
 * service's database on the shared {@link MongoWireServer}.
 *
 * @see ContainerInfrastructure the same on MongoDB and Apache Kafka in containers
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EmbeddedKafka(partitions = 1, topics = {Topics.PLATFORM_EVENTS, Topics.PLATFORM_EVENTS + ".DLT",
        Topics.PLATFORM_DELIVERY, Topics.PLATFORM_DELIVERY + ".DLT",
        Topics.MEETING_EVENTS, Topics.MEETING_EVENTS + ".DLT"},
        // Join the consumer group at once instead of waiting for more members that never come.
        brokerProperties = "group.initial.rebalance.delay.ms=0")
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@ContextCustomizerFactories(InfrastructureCustomizerFactory.class)
public @interface EmbeddedInfrastructure {

    /** The service's database on the Mongo wire server; tests of one JVM that must not share data use different ones. */
    String database();
}
