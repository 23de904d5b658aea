package org.mineaction.platform.governance;

import java.time.Duration;
import org.mineaction.chassis.work.PollingLoop;
import org.mineaction.chassis.work.PollingWorker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Looks, every {@code mineaction.champions.poll-interval} (1 minute by default), whether a
 * platform's champion term began or ended, and announces the change once.
 */
@Component
class ChampionRotationJob extends PollingWorker {

    private final PollingLoop loop;

    ChampionRotationJob(Champions champions,
            @Value("${mineaction.champions.poll-interval:1m}") Duration pollInterval) {
        this.loop = new PollingLoop("champion-rotation", pollInterval, Duration.ofSeconds(5), champions::rotateDue);
    }

    @Override
    protected PollingLoop loop() {
        return loop;
    }
}
