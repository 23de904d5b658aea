package org.mineaction.notification.recipients.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One message to send to some members, each on the channels they chose for its {@code preference}.
 *
 * @param kind       what it is, e.g. {@code meeting-reminder}
 * @param subject    what it is about, e.g. {@code KHM/m-1}; with the recipient and {@code occurrence}
 *                   it makes the idempotency key
 * @param occurrence which time of it, e.g. {@code 3/P7D} (the 7-day reminder of revision 3)
 * @param preference the category members choose per channel
 * @param category   the opt-out category (an unsubscribe link is offered for it unless it is critical)
 * @param dueAt      when it may go (the dispatchers send it then, SMS not in the member's night)
 * @param guard      what must still hold when it goes, null for nothing
 * @param letterFor  renders it for a member (their language and zone)
 */
public record Mailing(String kind, String countryCode, String subject, String occurrence,
        MessageCategory preference, String category, Instant dueAt, String guard,
        Function<Recipient, Letter> letterFor) {

    public Mailing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(preference, "preference");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(letterFor, "letterFor");
    }
}
