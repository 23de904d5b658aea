package org.mineaction.platform.membership;

import org.mineaction.testing.ContainerInfrastructure;

/** Organisations and members over HTTP, on MongoDB (replica set) and Kafka images; skipped where there is no Docker. */
@ContainerInfrastructure(database = "platform-membership")
class MembershipContainersIT extends MembershipScenario {
}
