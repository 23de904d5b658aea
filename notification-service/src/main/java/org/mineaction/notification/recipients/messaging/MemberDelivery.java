package org.mineaction.notification.recipients.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.recipients.domain.MessageCategory;
import org.mineaction.notification.recipients.domain.Recipient;
import org.mineaction.notification.recipients.domain.RecipientStatus;
import org.mineaction.notification.sms.domain.PhoneNumber;

/**
 * The fields of the member delivery events
 * ({@code org.mineaction.platform.member.joined|updated|left|erased.delivery.v1}) the directory
 * needs; the name and anything else are ignored, never stored. Left and erased carry only the id,
 * the country and the status.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MemberDelivery(String memberId, String countryCode, RecipientStatus status, String role, Contact contact,
        Map<Channel, Set<MessageCategory>> notificationPreferences, Quiet quietHours) {

    /** The member's quiet hours, {@code HH:mm} in their zone. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quiet(String from, String to) {

        QuietHours toQuietHours() {
            try {
                return new QuietHours(LocalTime.parse(from), LocalTime.parse(to));
            } catch (DateTimeException | NullPointerException e) {
                throw new InvalidInputException("quietHours", "needs from and to as HH:mm");
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String email, String phone, String language, String timeZone) {
    }

    CountryCode country() {
        return new CountryCode(countryCode);
    }

    /** The recipient a joined or updated event describes. */
    Recipient toRecipient() {
        if (contact == null) {
            throw new InvalidInputException("contact", "is required");
        }
        if (status == null) {
            throw new InvalidInputException("status", "is required");
        }
        Recipient.Contact reach = new Recipient.Contact(new EmailAddress(contact.email()),
                contact.phone() == null ? null : new PhoneNumber(contact.phone()), contact.language(),
                Recipient.Contact.zone(contact.timeZone()));
        Map<Channel, Set<MessageCategory>> preferences = new EnumMap<>(Channel.class);
        if (notificationPreferences != null) {
            preferences.putAll(notificationPreferences);
        }
        return new Recipient(memberId, country(), reach, preferences, status, role,
                quietHours == null ? null : quietHours.toQuietHours());
    }
}
