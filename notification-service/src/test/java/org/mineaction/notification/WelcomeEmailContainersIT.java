package org.mineaction.notification;

import org.mineaction.testing.ContainerInfrastructure;

/** The same scenario on MongoDB and Apache Kafka in containers (GreenMail stays in the JVM); skipped where there is no Docker. */
@ContainerInfrastructure(database = "notification")
class WelcomeEmailContainersIT extends WelcomeEmailScenario {
}
