package org.mineaction.platform.membership;

import org.mineaction.testing.EmbeddedInfrastructure;

/** Organisations and members over HTTP, on an in-JVM KRaft broker and the Mongo wire server. */
@EmbeddedInfrastructure(database = "platform-membership-it")
class MembershipIT extends MembershipScenario {
}
