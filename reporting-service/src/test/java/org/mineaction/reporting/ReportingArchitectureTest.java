package org.mineaction.reporting;

import org.junit.jupiter.api.Test;
import org.mineaction.testing.ServiceArchitectureRules;

class ReportingArchitectureTest {

    @Test
    void keepsThePackageByFeatureLayout() {
        ServiceArchitectureRules.check("org.mineaction.reporting");
    }
}
