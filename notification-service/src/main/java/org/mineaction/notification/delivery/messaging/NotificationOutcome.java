package org.mineaction.notification.delivery.messaging;

import java.time.Instant;

/**
 * The data of {@code org.mineaction.notification.sent.v1} and {@code .failed.v1}: what became of
 * a notification, for delivery reporting. Purpose-built and free of contact data: no address, no
 * phone number, no text; the id is a hash.
 */
record NotificationOutcome(String notificationId, String countryCode, String channel, String kind, String category,
        String status, String reason, int attempts, Instant occurredAt) {
}
