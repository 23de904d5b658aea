package org.mineaction.notification.sms.persistence;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.DeliveryRecord;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.sms.domain.PhoneNumber;
import org.mineaction.notification.sms.domain.SmsEncoding;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.mineaction.notification.sms.domain.SmsSegments;
import org.mineaction.notification.sms.domain.SmsStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An SMS and, while an instance sends it, that instance's lease. Holds the member's phone and
 * e-mail: they stay in this service's database.
 */
@Document(SmsDocument.COLLECTION)
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "log", def = "{'countryCode': 1, 'createdAt': -1}")
// Unique anyway (it starts with _id); it lets mongo-java-server, which only uses an index whose keys are
// exactly the query's, find a release's {_id, leaseToken} without scanning the collection.
@CompoundIndex(name = "lease", def = "{'_id': 1, 'leaseToken': 1}", unique = true)
record SmsDocument(@Id String id, String kind, String category, String countryCode, String phone, String email,
        String zone, String language, String text, SmsEncoding encoding, int units, int segments,
        String fallbackSubject, String fallbackText, String fallbackHtml, SmsStatus status, int attempts,
        Instant createdAt, Instant nextAttemptAt, Instant sentAt, Instant deliveredAt,
        @Indexed(sparse = true) String providerId, String lastError, Instant leaseUntil, String leaseToken,
        String memberId, @Indexed(sparse = true) String guard, String quietFrom, String quietTo,
        List<OutboxMessage> outbox) {

    static final String COLLECTION = "sms_messages";

    static SmsDocument of(SmsMessage m) {
        EmailContent fallback = m.fallback();
        return new SmsDocument(m.id().value(), m.kind(), m.category(), m.countryCode(),
                m.recipient().phone().value(), m.recipient().email() == null ? null : m.recipient().email().value(),
                m.recipient().zone().getId(), m.language(), m.text(), m.segments().encoding(), m.segments().units(),
                m.segments().segments(), fallback == null ? null : fallback.subject(),
                fallback == null ? null : fallback.text(), fallback == null ? null : fallback.html(), m.status(),
                m.attempts(), m.createdAt(), m.nextAttemptAt(), m.sentAt(), m.deliveredAt(), m.providerId(),
                m.lastError(), null, null, m.recipient().memberId(), m.guard(),
                m.recipient().night() == null ? null : m.recipient().night().start().toString(),
                m.recipient().night() == null ? null : m.recipient().night().end().toString(), List.of());
    }

    SmsMessage toMessage() {
        return new SmsMessage(new IdempotencyKey(id), kind, category, countryCode,
                new SmsMessage.Recipient(new PhoneNumber(phone), email == null ? null : new EmailAddress(email),
                        ZoneId.of(zone), memberId, quietFrom == null ? null
                                : new QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietTo))),
                language, text, new SmsSegments(encoding, units, segments),
                fallbackSubject == null ? null : new EmailContent(fallbackSubject, fallbackText, fallbackHtml), status,
                attempts, createdAt, nextAttemptAt, sentAt, deliveredAt, providerId, lastError, guard);
    }

    DeliveryRecord toRecord() {
        return new DeliveryRecord(id, Channel.SMS, kind, category, memberId, status.name(), lastError, attempts,
                createdAt, status == SmsStatus.QUEUED ? nextAttemptAt : null, sentAt, deliveredAt, segments);
    }
}
