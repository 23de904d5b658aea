package org.mineaction.notification.delivery.persistence;

import java.time.Instant;
import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.notification.delivery.domain.Attachment;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.DeliveryRecord;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.delivery.domain.NotificationStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notification and, while an instance sends it, that instance's lease. Holds the recipient's
 * address: it stays in this service's database. Its {@code outbox} holds the NotificationSent/Failed
 * events until the chassis relay has published them.
 */
@Document(NotificationDocument.COLLECTION)
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "log", def = "{'countryCode': 1, 'createdAt': -1}")
// Unique anyway (it starts with _id); it lets mongo-java-server, which only uses an index whose keys are
// exactly the query's, find a release's {_id, leaseToken} without scanning the collection.
@CompoundIndex(name = "lease", def = "{'_id': 1, 'leaseToken': 1}", unique = true)
record NotificationDocument(@Id String id, String kind, String countryCode, String recipient, String language,
        String subject, String text, String html, NotificationStatus status, int attempts, Instant createdAt,
        Instant nextAttemptAt, Instant sentAt, String lastError, Instant leaseUntil, String leaseToken, String memberId,
        String category, @Indexed(sparse = true) String guard, String attachmentName, String attachmentType,
        String attachmentContent, List<OutboxMessage> outbox) {

    static final String COLLECTION = "notifications";

    static NotificationDocument of(Notification n) {
        EmailContent content = n.content();
        Attachment attachment = n.attachment();
        return new NotificationDocument(n.id().value(), n.kind(), n.countryCode(),
                n.recipient() == null ? null : n.recipient().value(), n.language(),
                content == null ? null : content.subject(), content == null ? null : content.text(),
                content == null ? null : content.html(), n.status(), n.attempts(), n.createdAt(), n.nextAttemptAt(),
                n.sentAt(), n.lastError(), null, null, n.memberId(), n.category(), n.guard(),
                attachment == null ? null : attachment.fileName(), attachment == null ? null : attachment.contentType(),
                attachment == null ? null : attachment.content(), List.of());
    }

    DeliveryRecord toRecord() {
        return new DeliveryRecord(id, Channel.EMAIL, kind, category, memberId, status.name(), lastError, attempts,
                createdAt, status == NotificationStatus.QUEUED ? nextAttemptAt : null, sentAt, null, null);
    }

    Notification toNotification() {
        return new Notification(new IdempotencyKey(id), kind, countryCode,
                recipient == null ? null : new EmailAddress(recipient), language,
                subject == null ? null : new EmailContent(subject, text, html), status, attempts, createdAt,
                nextAttemptAt, sentAt, lastError, memberId, category, guard,
                attachmentName == null ? null : new Attachment(attachmentName, attachmentType, attachmentContent));
    }
}
