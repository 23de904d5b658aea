package org.mineaction.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineaction.testing.security.TestIdentityProvider;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Points the service under test at the store (and, for containers, the broker) chosen by
 * {@link EmbeddedInfrastructure} or {@link ContainerInfrastructure}. The embedded broker itself is
 * wired by {@code @EmbeddedKafka}.
 */
public class InfrastructureCustomizerFactory implements ContextCustomizerFactory {

    static final String MONGO_IMAGE = "mongo:8";
    static final String KAFKA_IMAGE = "apache/kafka:4.2.1";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        EmbeddedInfrastructure embedded =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, EmbeddedInfrastructure.class);
        if (embedded != null) {
            return new Infrastructure(false, embedded.database());
        }
        ContainerInfrastructure containers =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, ContainerInfrastructure.class);
        return containers == null ? null : new Infrastructure(true, containers.database());
    }

    /** Equal for equal choices, so tests that choose the same share one cached context. */
    record Infrastructure(boolean inContainers, String database) implements ContextCustomizer {

        /**
         * This context's own broker. The {@code spring.embedded.kafka.brokers} system property names
         * whichever broker started last, so a cached context resolving it later (for a test's
         * {@code @Value}) would point at another context's broker: pin the address now.
         */
        private static Optional<String> embeddedBroker(ConfigurableApplicationContext context) {
            if (context.getBeanFactory().containsSingleton(EmbeddedKafkaBroker.BEAN_NAME)) {
                return Optional.of(((EmbeddedKafkaBroker) context.getBeanFactory()
                        .getSingleton(EmbeddedKafkaBroker.BEAN_NAME)).getBrokersAsString());
            }
            return Optional.ofNullable(System.getProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS));
        }

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            Map<String, Object> properties = new HashMap<>(inContainers
                    ? Map.of("spring.mongodb.uri", Containers.mongo().getReplicaSetUrl(database),
                            "spring.kafka.bootstrap-servers", Containers.kafka().getBootstrapServers())
                    : Map.of("spring.mongodb.uri", MongoWireServer.uri(database)));
            if (!inContainers) {
                embeddedBroker(context).ifPresent(brokers -> properties.put("spring.kafka.bootstrap-servers", brokers));
            }
            // Tokens: every service under test trusts the test identity provider's key.
            properties.putAll(TestIdentityProvider.get().properties());
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("mineaction-test-infrastructure", properties));
        }
    }

    /**
     * One MongoDB and one Kafka container per test JVM, started by the first test that needs them
     * (never where there is no Docker: those tests are skipped first) and removed by Testcontainers
     * when the JVM exits.
     */
    static final class Containers {

        private static MongoDBContainer mongo;
        private static KafkaContainer kafka;

        private Containers() {
        }

        static synchronized MongoDBContainer mongo() {
            start();
            return mongo;
        }

        static synchronized KafkaContainer kafka() {
            start();
            return kafka;
        }

        private static void start() {
            if (mongo == null) {
                MongoDBContainer newMongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
                KafkaContainer newKafka = new KafkaContainer(KAFKA_IMAGE);
                Startables.deepStart(newMongo, newKafka).join();
                mongo = newMongo;
                kafka = newKafka;
            }
        }
    }
}
