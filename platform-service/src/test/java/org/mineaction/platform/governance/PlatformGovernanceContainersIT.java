package org.mineaction.platform.governance;

import org.mineaction.testing.ContainerInfrastructure;

/** Settings, composition, champions and obligations on MongoDB and Kafka images; skipped where there is no Docker. */
@ContainerInfrastructure(database = "platform-governance")
class PlatformGovernanceContainersIT extends PlatformGovernanceScenario {
}
