package org.mineaction.notification.delivery.messaging;

import java.time.Clock;
import java.util.List;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.chassis.outbox.OutboxRelay;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the {@code NotificationSent} / {@code NotificationFailed} events that the stores write
 * into a notification's outbox in the same update as its new status, so an event is published
 * (at least once, by the chassis relay) exactly when the status changed.
 */
@Component
public class NotificationEvents {

    private final OutboxMessageFactory outbox;
    private final ObjectProvider<OutboxRelay> relay;
    private final Clock clock;

    NotificationEvents(OutboxMessageFactory outbox, ObjectProvider<OutboxRelay> relay, Clock clock) {
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    public List<OutboxMessage> sent(IdempotencyKey id, String countryCode, Channel channel, String kind,
            String category, int attempts) {
        return List.of(outbox.create(EventCatalogue.Topics.NOTIFICATION_EVENTS, EventCatalogue.Type.NOTIFICATION_SENT,
                countryCode, new NotificationOutcome(id.value(), countryCode, channel.name(), kind, category, "SENT",
                        null, attempts, clock.instant())));
    }

    public List<OutboxMessage> failed(IdempotencyKey id, String countryCode, Channel channel, String kind,
            String category, int attempts, String reason) {
        return List.of(outbox.create(EventCatalogue.Topics.NOTIFICATION_EVENTS,
                EventCatalogue.Type.NOTIFICATION_FAILED, countryCode, new NotificationOutcome(id.value(), countryCode,
                        channel.name(), kind, category, "FAILED", reason, attempts, clock.instant())));
    }

    /** The stores write with updates, which the chassis' save listener does not see: wake the relay. */
    public void published() {
        relay.ifAvailable(OutboxRelay::nudge);
    }
}
