package org.mineaction.platform.registry;

import org.mineaction.testing.EmbeddedInfrastructure;

/** The registration scenario on an in-JVM KRaft broker and the Mongo wire server. */
@EmbeddedInfrastructure(database = "platform-registration-it")
class PlatformRegistrationIT extends PlatformRegistrationScenario {
}
