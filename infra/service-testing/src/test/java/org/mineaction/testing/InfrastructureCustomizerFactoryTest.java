package org.mineaction.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.testing.InfrastructureCustomizerFactory.Infrastructure;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The wiring both annotations stand for, checked without starting a broker, a store or Docker. */
class InfrastructureCustomizerFactoryTest {

    @EmbeddedInfrastructure(database = "embedded-db")
    static class Embedded {
    }

    @ContainerInfrastructure(database = "container-db")
    static class InContainers {
    }

    static class Plain {
    }

    private final InfrastructureCustomizerFactory factory = new InfrastructureCustomizerFactory();

    @Test
    void choosesTheInfrastructureTheTestClassAsksFor() {
        assertThat(factory.createContextCustomizer(Embedded.class, List.of()))
                .isEqualTo(new Infrastructure(false, "embedded-db"));
        assertThat(factory.createContextCustomizer(InContainers.class, List.of()))
                .isEqualTo(new Infrastructure(true, "container-db"));
        assertThat(factory.createContextCustomizer(Plain.class, List.of())).isNull();
    }

    @Test
    void pointsTheServiceAtItsDatabaseOnTheMongoWireServer() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            new Infrastructure(false, "embedded-db").customizeContext(context, null);

            assertThat(context.getEnvironment().getProperty("spring.mongodb.uri"))
                    .isEqualTo(MongoWireServer.uri("embedded-db"));
        }
    }

    @Test
    void embedsABrokerWithEveryCatalogueTopicAndItsDeadLetterTopicInOnePartition() {
        EmbeddedKafka kafka = AnnotatedElementUtils.findMergedAnnotation(Embedded.class, EmbeddedKafka.class);

        assertThat(kafka).isNotNull();
        assertThat(kafka.partitions()).isEqualTo(1);
        assertThat(kafka.topics()).containsExactlyInAnyOrder(Topics.PLATFORM_EVENTS,
                Topics.deadLetterOf(Topics.PLATFORM_EVENTS), Topics.PLATFORM_DELIVERY,
                Topics.deadLetterOf(Topics.PLATFORM_DELIVERY), Topics.MEETING_EVENTS,
                Topics.deadLetterOf(Topics.MEETING_EVENTS));
    }

    @Test
    void skipsContainerTestsWhereThereIsNoDocker() {
        assertThat(AnnotationSupport.findAnnotation(InContainers.class, Testcontainers.class))
                .hasValueSatisfying(testcontainers -> assertThat(testcontainers.disabledWithoutDocker()).isTrue());
    }
}
