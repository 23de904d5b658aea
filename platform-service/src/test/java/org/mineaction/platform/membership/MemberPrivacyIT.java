package org.mineaction.platform.membership;

import org.mineaction.testing.EmbeddedInfrastructure;

/** A member's rights of access and erasure, on an in-JVM KRaft broker and the Mongo wire server. */
@EmbeddedInfrastructure(database = "platform-membership-it")
class MemberPrivacyIT extends MemberPrivacyScenario {
}
