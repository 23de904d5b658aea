package org.mineaction.meeting;

import org.junit.jupiter.api.Test;
import org.mineaction.testing.ServiceArchitectureRules;

class MeetingArchitectureTest {

    @Test
    void keepsThePackageByFeatureLayout() {
        ServiceArchitectureRules.check("org.mineaction.meeting");
    }
}
