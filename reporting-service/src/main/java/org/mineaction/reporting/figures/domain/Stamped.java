package org.mineaction.reporting.figures.domain;

import java.util.Map;
import org.mineaction.chassis.projection.EventStamp;

/** A fact that remembers the event it was last projected from, so a replayed or late event cannot undo it. */
public interface Stamped {

    EventStamp stamp();

    /**
     * Puts {@code fact} under {@code key} unless the one there comes from the same or a newer event.
     *
     * @return whether it was put
     */
    static <T extends Stamped> boolean putIfNewer(Map<String, T> facts, String key, T fact) {
        T current = facts.get(key);
        if (current != null && !fact.stamp().supersedes(current.stamp())) {
            return false;
        }
        facts.put(key, fact);
        return true;
    }
}
