package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.mineaction.chassis.projection.EventStamp;

/** What became of one notification: by channel, never to whom. The newest outcome of a notification wins. */
public record NotificationOutcome(String notificationId, String channel, boolean sent, LocalDate occurredOn,
        EventStamp stamp) implements Stamped {

    public NotificationOutcome {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredOn, "occurredOn");
    }

    public int year() {
        return occurredOn.getYear();
    }
}
