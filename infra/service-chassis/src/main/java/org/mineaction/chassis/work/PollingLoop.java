package org.mineaction.chassis.work;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread that runs a unit of work at a fixed delay, sooner when nudged, and never
 * twice at once: the shape of the outbox relay and of every dispatcher that claims due work.
 *
 * <p>A failing run is logged and the next poll retries; stopping lets the run in progress finish
 * within a grace period, then interrupts it (whatever it claimed is released by its lease).
 */
public final class PollingLoop {

    private static final Logger log = LoggerFactory.getLogger(PollingLoop.class);

    private final String name;
    private final Duration pollInterval;
    private final Duration stopGrace;
    private final Runnable work;
    private volatile ScheduledExecutorService executor;

    public PollingLoop(String name, Duration pollInterval, Duration stopGrace, Runnable work) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.stopGrace = stopGrace;
        this.work = work;
    }

    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor = started;
        started.scheduleWithFixedDelay(this::runSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ask for a run now rather than at the next poll. */
    public void nudge() {
        nudgeAfter(Duration.ZERO);
    }

    /** Ask for a run after a delay, e.g. when a rate limit allows the next send. */
    public void nudgeAfter(Duration delay) {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        try {
            running.schedule(this::runSafely, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // Stopping: what is pending stays stored for the next start, here or elsewhere.
        }
    }

    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** False once stopping began: long runs check it to claim nothing more. */
    public boolean isRunning() {
        return executor != null;
    }

    private void runSafely() {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; will retry in {}: {}", name, pollInterval, e.toString());
        }
    }
}
