package org.mineaction.platform.governance;

import org.mineaction.testing.EmbeddedInfrastructure;

/** Settings, composition, champions and obligations on an in-JVM KRaft broker and the Mongo wire server. */
@EmbeddedInfrastructure(database = "platform-governance-it")
class PlatformGovernanceIT extends PlatformGovernanceScenario {
}
