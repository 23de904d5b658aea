package org.mineaction.platform.registry;

import org.mineaction.testing.ContainerInfrastructure;

/** The same scenario against MongoDB (replica set) and Kafka images; skipped where there is no Docker. */
@ContainerInfrastructure(database = "platform")
class PlatformRegistrationContainersIT extends PlatformRegistrationScenario {
}
