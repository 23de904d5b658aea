package org.mineaction.chassis.projection;

import java.time.Instant;

/**
 * A read-model document that remembers the event it was last projected from, in the fields
 * {@value #LAST_EVENT_TIME} and {@value #LAST_EVENT_ID}, so that {@link NewerEventWins} can refuse a
 * replayed or late event. A record document gets both accessors from its components.
 */
public interface StampedDocument {

    String LAST_EVENT_TIME = "lastEventTime";
    String LAST_EVENT_ID = "lastEventId";

    Instant lastEventTime();

    String lastEventId();

    default EventStamp lastEvent() {
        return new EventStamp(lastEventTime(), lastEventId());
    }
}
