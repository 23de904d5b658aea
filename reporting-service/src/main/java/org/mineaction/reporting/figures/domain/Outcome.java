package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.mineaction.chassis.projection.EventStamp;

/**
 * A decision, challenge, need or priority a meeting recorded; {@code topicKey} stays the same when
 * the same matter comes up again, so recurrence can be counted.
 */
public record Outcome(String outcomeId, String meetingId, OutcomeKind kind, String objective, String topicKey,
        String summary, LocalDate raisedOn, EventStamp stamp) implements Stamped {

    public Outcome {
        Objects.requireNonNull(outcomeId, "outcomeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raisedOn, "raisedOn");
        Objects.requireNonNull(stamp, "stamp");
        if (topicKey == null || topicKey.isBlank()) {
            topicKey = outcomeId;
        }
    }
}
