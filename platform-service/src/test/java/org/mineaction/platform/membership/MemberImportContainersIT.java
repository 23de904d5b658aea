package org.mineaction.platform.membership;

import org.mineaction.testing.ContainerInfrastructure;

/** Importing members from CSV, on MongoDB (replica set) and Kafka images; skipped where there is no Docker. */
@ContainerInfrastructure(database = "platform-membership")
class MemberImportContainersIT extends MemberImportScenario {
}
