package org.mineaction.notification.deadletter;

import java.time.Instant;

/**
 * A message given up, as an operator sees it: what it was and why it failed, never to whom (no
 * address, no phone number).
 */
public record DeadLetter(String id, String channel, String kind, String category, String countryCode, int attempts,
        Instant createdAt, String reason) {
}
