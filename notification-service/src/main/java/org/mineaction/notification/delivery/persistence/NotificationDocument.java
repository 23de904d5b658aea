package org.mineaction.notification.delivery.persistence;

import java.time.Instant;
import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.delivery.domain.NotificationStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notification and, while an instance sends it, that instance's lease. Holds the recipient's
 * address: it stays in this service's database. Its {@code outbox} holds the NotificationSent/Failed
 * events until the chassis relay has published them.
 */
@Document(NotificationDocument.COLLECTION)
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
record NotificationDocument(@Id String id, String kind, String countryCode, String recipient, String language,
        String subject, String text, String html, NotificationStatus status, int attempts, Instant createdAt,
        Instant nextAttemptAt, Instant sentAt, String lastError, Instant leaseUntil, String leaseToken, String memberId,
        String category, List<OutboxMessage> outbox) {

    static final String COLLECTION = "notifications";

    static NotificationDocument of(Notification n) {
        return new NotificationDocument(n.id().value(), n.kind(), n.countryCode(), n.recipient().value(),
                n.language(), n.content().subject(), n.content().text(), n.content().html(), n.status(),
                n.attempts(), n.createdAt(), n.nextAttemptAt(), n.sentAt(), n.lastError(), null, null, n.memberId(),
                n.category(), List.of());
    }

    Notification toNotification() {
        return new Notification(new IdempotencyKey(id), kind, countryCode, new EmailAddress(recipient), language,
                new EmailContent(subject, text, html), status, attempts, createdAt, nextAttemptAt, sentAt,
                lastError, memberId, category);
    }
}
