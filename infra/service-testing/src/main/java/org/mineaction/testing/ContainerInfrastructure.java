package org.mineaction.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextCustomizerFactories;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Runs a {@code @SpringBootTest} on MongoDB (a replica set, as in production) and Apache Kafka in
 * containers, started once per test JVM; skipped where there is no Docker.
 *
 * @see EmbeddedInfrastructure the same inside the test JVM
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testcontainers(disabledWithoutDocker = true)
@ContextCustomizerFactories(InfrastructureCustomizerFactory.class)
public @interface ContainerInfrastructure {

    /** The service's database on the MongoDB container. */
    String database();
}
