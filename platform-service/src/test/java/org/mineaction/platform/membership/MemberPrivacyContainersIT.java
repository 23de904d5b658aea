package org.mineaction.platform.membership;

import org.mineaction.testing.ContainerInfrastructure;

/** A member's rights of access and erasure, on MongoDB (replica set) and Kafka images; skipped where there is no Docker. */
@ContainerInfrastructure(database = "platform-membership")
class MemberPrivacyContainersIT extends MemberPrivacyScenario {
}
