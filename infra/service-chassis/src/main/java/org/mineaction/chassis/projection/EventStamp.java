package org.mineaction.chassis.projection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When and as which event a projected fact was last changed, so that a replayed or late event
 * cannot undo a newer one.
 *
 * <p>Time is kept to the millisecond because that is all a MongoDB date holds: comparing finer
 * times here than in the store would let an older event win. Events of the same millisecond are
 * ordered by id, arbitrary but the same on every replay, so the projection always converges.
 */
public record EventStamp(Instant time, String eventId) {

    public EventStamp {
        Objects.requireNonNull(time, "time");
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("An event stamp needs the event id");
        }
        time = time.truncatedTo(ChronoUnit.MILLIS);
    }

    /** True when a fact stamped with this must replace one stamped with {@code current}. */
    public boolean supersedes(EventStamp current) {
        if (current == null) {
            return true;
        }
        int byTime = time.compareTo(current.time);
        return byTime > 0 || byTime == 0 && eventId.compareTo(current.eventId) > 0;
    }
}
