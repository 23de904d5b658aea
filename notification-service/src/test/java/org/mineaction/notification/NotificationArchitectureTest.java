package org.mineaction.notification;

import org.junit.jupiter.api.Test;
import org.mineaction.testing.ServiceArchitectureRules;

class NotificationArchitectureTest {

    @Test
    void keepsThePackageByFeatureLayout() {
        ServiceArchitectureRules.check("org.mineaction.notification");
    }
}
