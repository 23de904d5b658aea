package org.mineaction.meeting;

import org.mineaction.testing.ContainerInfrastructure;

/** The same scenario on MongoDB and Apache Kafka in containers; skipped where there is no Docker. */
@ContainerInfrastructure(database = "meeting")
class KnownPlatformsContainersIT extends KnownPlatformsScenario {
}
