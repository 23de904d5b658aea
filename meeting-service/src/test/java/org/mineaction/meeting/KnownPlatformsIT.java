package org.mineaction.meeting;

import org.mineaction.testing.EmbeddedInfrastructure;

/** The scenario on an in-JVM KRaft broker and the Mongo wire server: runs everywhere. */
@EmbeddedInfrastructure(database = "meeting")
class KnownPlatformsIT extends KnownPlatformsScenario {
}
