package org.mineaction.chassis.work;

import org.springframework.context.SmartLifecycle;

/**
 * A component whose work runs on its own {@link PollingLoop}, started and stopped with the
 * application context: it stops before the Kafka producer, the Mongo client and the mail sender
 * are closed, letting a run in progress finish within the loop's grace period.
 */
public abstract class PollingWorker implements SmartLifecycle {

    /** The loop that runs this worker's work. */
    protected abstract PollingLoop loop();

    @Override
    public void start() {
        loop().start();
    }

    @Override
    public void stop() {
        loop().stop();
    }

    @Override
    public boolean isRunning() {
        return loop().isRunning();
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
