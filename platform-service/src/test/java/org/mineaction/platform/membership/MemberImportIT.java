package org.mineaction.platform.membership;

import org.mineaction.testing.EmbeddedInfrastructure;

/** Importing members from CSV, on an in-JVM KRaft broker and the Mongo wire server. */
@EmbeddedInfrastructure(database = "platform-membership-it")
class MemberImportIT extends MemberImportScenario {
}
