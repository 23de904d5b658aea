package org.mineaction.notification.delivery.domain;

import java.time.Instant;

/**
 * One line of a platform's delivery log: what became of one message, without its address or text.
 *
 * @param status   QUEUED, SENT (accepted by the server or provider), DELIVERED (the provider reports it
 *                 reached the phone), FAILED (given up: {@code reason} says why), SKIPPED (opted out,
 *                 stale, erased: {@code reason} says which)
 * @param segments the SMS's segments, null for an e-mail
 */
public record DeliveryRecord(String id, Channel channel, String kind, String category, String memberId,
        String status, String reason, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
        Instant deliveredAt, Integer segments) {
}
