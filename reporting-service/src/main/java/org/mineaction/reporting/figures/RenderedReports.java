package org.mineaction.reporting.figures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mineaction.reporting.figures.domain.Generation;
import org.mineaction.reporting.figures.persistence.FiguresStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the rendered body of a cross-country report for as long as nothing could have changed it:
 * the same generation, no write by this instance since it was rendered, and younger than
 * {@code mineaction.reporting.report-cache.max-age} (default 2 s; 0 turns it off), which bounds what
 * another instance's writes can leave unseen. The ISU's table is read often and changes far less
 * often than that; mapping 160 documents and rendering them each time cost most of a request.
 * When a body is only too old, one request renders it again while the others still get it.
 */
@Component
public class RenderedReports {

    private static final int MAX_ENTRIES = 256;

    private record Entry(Generation generation, long writes, Instant renderedAt, byte[] body) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Boolean> rendering = new ConcurrentHashMap<>();
    private final FiguresStore store;
    private final ProjectionGenerations generations;
    private final Clock clock;
    private final Duration maxAge;

    RenderedReports(FiguresStore store, ProjectionGenerations generations, Clock clock,
            @Value("${mineaction.reporting.report-cache.max-age:2s}") Duration maxAge) {
        this.store = store;
        this.generations = generations;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The body rendered for {@code key} (the report and its normalised filters), rendered anew when stale. */
    public byte[] body(String key, Supplier<byte[]> render) {
        Generation generation = generations.active();
        long writes = store.writes();
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        boolean unchanged = entry != null && entry.generation().equals(generation) && entry.writes() == writes;
        if (unchanged && Duration.between(entry.renderedAt(), now).compareTo(maxAge) < 0) {
            return entry.body();
        }
        // Only old by age (nothing written here since): one request renders it again, the others
        // meanwhile get the previous body instead of all rendering the same report at once.
        if (unchanged && rendering.putIfAbsent(key, Boolean.TRUE) != null) {
            return entry.body();
        }
        try {
            byte[] body = render.get();
            if (!maxAge.isZero()) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(key, new Entry(generation, writes, now, body));
            }
            return body;
        } finally {
            if (unchanged) {
                rendering.remove(key);
            }
        }
    }
}
