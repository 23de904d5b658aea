package org.mineaction.notification.recipients.persistence;

import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.StampedDocument;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.recipients.domain.MessageCategory;
import org.mineaction.notification.recipients.domain.Recipient;
import org.mineaction.notification.recipients.domain.RecipientStatus;
import org.mineaction.notification.sms.domain.PhoneNumber;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recipient, one document per member id; {@code lastEvent*} decide whether a later event may
 * replace it. Holds contact data: it stays in this service's database. Null fields are not written,
 * so an erased recipient's document holds nothing but its id, country and status.
 */
@Document(RecipientDocument.COLLECTION)
record RecipientDocument(@Id String memberId, @Indexed String countryCode, String email, String phone,
        String language, String timeZone, Map<String, List<String>> preferences, String status,
        Instant lastEventTime, String lastEventId, String role, String quietFrom, String quietTo)
        implements StampedDocument {

    static final String COLLECTION = "recipients";

    static RecipientDocument of(Recipient r, EventStamp stamp) {
        Recipient.Contact c = r.contact();
        Map<String, List<String>> preferences = r.preferences().isEmpty() ? null
                : r.preferences().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(),
                        e -> e.getValue().stream().map(Enum::name).sorted().toList(), (a, b) -> a, TreeMap::new));
        return new RecipientDocument(r.memberId(), r.countryCode().value(), c == null ? null : c.email().value(),
                c == null || c.phone() == null ? null : c.phone().value(), c == null ? null : c.language(),
                c == null ? null : c.timeZone().getId(), preferences, r.status().name(), stamp.time(),
                stamp.eventId(), r.role(), r.quietHours() == null ? null : r.quietHours().start().toString(),
                r.quietHours() == null ? null : r.quietHours().end().toString());
    }

    Recipient toRecipient() {
        Recipient.Contact contact = email == null ? null
                : new Recipient.Contact(new EmailAddress(email), phone == null ? null : new PhoneNumber(phone),
                        language, Recipient.Contact.zone(timeZone));
        Map<Channel, Set<MessageCategory>> chosen = new EnumMap<>(Channel.class);
        if (preferences != null) {
            preferences.forEach((channel, categories) -> chosen.put(Channel.valueOf(channel),
                    categories.stream().map(MessageCategory::valueOf).collect(Collectors.toSet())));
        }
        RecipientStatus recipientStatus = RecipientStatus.valueOf(status);
        return new Recipient(memberId, new CountryCode(countryCode), contact,
                recipientStatus == RecipientStatus.ERASED ? Map.of() : chosen, recipientStatus, role,
                quietFrom == null ? null : new QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietTo)));
    }
}
