package org.mineaction.reporting;

import org.mineaction.testing.EmbeddedInfrastructure;

/** The scenario on an in-JVM KRaft broker and the Mongo wire server: runs everywhere. */
@EmbeddedInfrastructure(database = "reporting")
class PlatformReportIT extends PlatformReportScenario {
}
