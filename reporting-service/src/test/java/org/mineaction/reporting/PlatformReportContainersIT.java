package org.mineaction.reporting;

import org.mineaction.testing.ContainerInfrastructure;

/** The same scenario on MongoDB and Apache Kafka in containers; skipped where there is no Docker. */
@ContainerInfrastructure(database = "reporting")
class PlatformReportContainersIT extends PlatformReportScenario {
}
