package org.mineaction.platform;

import org.junit.jupiter.api.Test;
import org.mineaction.testing.ServiceArchitectureRules;

class ArchitectureTest {

    @Test
    void keepsThePackageByFeatureLayout() {
        ServiceArchitectureRules.check("org.mineaction.platform");
    }
}
