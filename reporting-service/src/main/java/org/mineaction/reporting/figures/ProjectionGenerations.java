package org.mineaction.reporting.figures;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.reporting.figures.domain.Generation;
import org.mineaction.reporting.figures.messaging.FigureListeners;
import org.mineaction.reporting.figures.persistence.FiguresStore;
import org.mineaction.reporting.figures.persistence.ProjectionStateStore;
import org.mineaction.reporting.figures.persistence.ProjectionStateStore.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Which generation of the figures the reports read, and the operator's rebuild: the next generation
 * is built from the beginning of the topics into fresh collections by a consumer group of its own
 * while the live one keeps serving; once the new group has no lag left the reports switch to it,
 * the old group stops and its collections are dropped. The state survives a restart, and every
 * instance follows it. An instance started with {@code mineaction.reporting.projection.listen=false}
 * only reads (a read replica, or a bulk loader).
 */
@Service
public class ProjectionGenerations {

    private static final Logger log = LoggerFactory.getLogger(ProjectionGenerations.class);

    /** What the operator sees of the projection. */
    public record Status(int activeGeneration, String activeGroup, long activeLag, Integer buildingGeneration,
            String buildingGroup, Long buildingLag, java.time.Instant buildingSince, java.time.Instant switchedAt) {
    }

    private final ProjectionStateStore states;
    private final FiguresStore figures;
    private final FigureListeners listeners;
    private final Clock clock;
    private final boolean listen;
    private final AtomicLong liveLag = new AtomicLong(-1);
    private final AtomicLong buildingLag = new AtomicLong(0);

    ProjectionGenerations(ProjectionStateStore states, FiguresStore figures, FigureListeners listeners, Clock clock,
            MeterRegistry meters, @Value("${mineaction.reporting.projection.listen:true}") boolean listen) {
        this.listen = listen;
        this.states = states;
        this.figures = figures;
        this.listeners = listeners;
        this.clock = clock;
        Gauge.builder("reporting.projection.lag", liveLag, AtomicLong::get)
                .description("Records on the topics the live figures have not processed yet (-1 = unknown)")
                .tag("generation", "live").register(meters);
        Gauge.builder("reporting.projection.lag", buildingLag, AtomicLong::get)
                .description("Records a rebuild still has to process (0 when none runs)")
                .tag("generation", "rebuild").register(meters);
    }

    /** The generation the reports read. */
    public Generation active() {
        return states.read().active();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startListening() {
        if (!listen) {
            log.info("Figures listeners off (mineaction.reporting.projection.listen=false): this instance only reads");
            return;
        }
        State state = states.read();
        listeners.start(state.active(), false);
        state.building().ifPresent(g -> listeners.start(g, false));
    }

    /** Starts building the next generation from the beginning of the topics. */
    public synchronized Status rebuild() {
        State state = states.read();
        if (state.building().isPresent()) {
            throw new ConflictException("rebuild-running", "Generation " + state.building().get().number()
                    + " is being built; wait until it has caught up");
        }
        Generation next = state.active().next();
        figures.drop(next);
        states.write(new State(state.active(), Optional.of(next), clock.instant(), state.switchedAt()));
        listeners.start(next, true);
        log.info("Rebuilding the figures into generation {} from the beginning of the topics", next.number());
        return status();
    }

    /** Measures the lag and switches over to a rebuilt generation once it has caught up. */
    @Scheduled(fixedDelayString = "${mineaction.reporting.projection.check-interval:2s}")
    public synchronized void check() {
        if (!listen) {
            return;
        }
        State state = states.read();
        // Another instance may have started a rebuild or switched over: follow the shared state.
        listeners.start(state.active(), false);
        state.building().ifPresent(g -> listeners.start(g, false));
        listeners.generations().stream()
                .filter(g -> !g.equals(state.active()) && !state.building().map(g::equals).orElse(false))
                .forEach(listeners::stop);
        liveLag.set(listeners.lag(state.active()));
        if (state.building().isEmpty()) {
            buildingLag.set(0);
            return;
        }
        Generation next = state.building().get();
        long lag = listeners.lag(next);
        buildingLag.set(lag);
        if (lag == 0 && listeners.isRunning(next)) {
            Generation old = state.active();
            states.write(new State(next, Optional.empty(), null, clock.instant()));
            listeners.stop(old);
            figures.drop(old);
            liveLag.set(0);
            log.info("Figures switched over to generation {}; generation {} dropped", next.number(), old.number());
        }
    }

    public Status status() {
        State state = states.read();
        Generation building = state.building().orElse(null);
        return new Status(state.active().number(), listeners.groupOf(state.active()), listeners.lag(state.active()),
                building == null ? null : building.number(), building == null ? null : listeners.groupOf(building),
                building == null ? null : listeners.lag(building), state.buildingSince(), state.switchedAt());
    }
}
