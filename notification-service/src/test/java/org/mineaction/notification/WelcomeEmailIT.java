package org.mineaction.notification;

import org.mineaction.testing.EmbeddedInfrastructure;

/** The scenario on an in-JVM KRaft broker and the Mongo wire server: runs everywhere. */
@EmbeddedInfrastructure(database = "notification")
class WelcomeEmailIT extends WelcomeEmailScenario {
}
