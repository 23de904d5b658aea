package org.mineaction.notification.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Names one message to one recipient about one occurrence of something, e.g. the welcome to the
 * contact of the platform KHM. A redelivered or replayed event yields the same key, so storing
 * notifications under it makes sending idempotent.
 *
 * <p>It is a hash so the key can appear in logs, ids and headers without exposing the address.
 */
public record IdempotencyKey(String value) {

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
    }

    /** For a message sent once per recipient and subject, e.g. a welcome. */
    public static IdempotencyKey of(String kind, String subject, EmailAddress recipient) {
        return hash(kind + "|" + subject + "|" + recipient.normalised());
    }

    /** For a message sent once per recipient, subject and occurrence, e.g. a reminder for one meeting date. */
    public static IdempotencyKey of(String kind, String subject, EmailAddress recipient, String occurrence) {
        return hash(kind + "|" + subject + "|" + recipient.normalised() + "|" + Objects.requireNonNull(occurrence));
    }

    /**
     * For a message to an address of another channel (e.g. {@code tel:+855...}), once per recipient,
     * subject and occurrence.
     */
    public static IdempotencyKey ofAddress(String kind, String subject, String address, String occurrence) {
        return hash(kind + "|" + subject + "|" + Objects.requireNonNull(address) + "|"
                + Objects.requireNonNull(occurrence));
    }

    private static IdempotencyKey hash(String material) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return new IdempotencyKey(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The RFC 5322 Message-ID: the same for every attempt, so a message sent again after a crash
     * between the server's acceptance and our record of it can be recognised as a duplicate.
     */
    public String messageId(String domain) {
        return "<" + value + "@" + domain + ">";
    }

    @Override
    public String toString() {
        return value;
    }
}
