package org.mineaction.notification.recipients.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.sms.domain.PhoneNumber;

/**
 * A member as notification-service knows them from the member delivery events: how to reach them
 * and what they want to receive on which channel. Outside platform-service this is the only place
 * that holds members' contact data; an erased recipient keeps none ({@link #erased}).
 *
 * @param contact     null once erased, or when a member left before this service heard of them
 * @param preferences per channel, the categories the member receives on it; always with
 *                    {@link MessageCategory#CRITICAL}, which cannot be switched off
 * @param role        the member's role on the platform (LEAD, SECRETARIAT, CHAMPION, MEMBER, OBSERVER),
 *                    null when not known: who gets the secretariat's and the lead's reminders
 * @param quietHours  the member's own night (in their zone), when no SMS reaches them; null for the
 *                    service's default
 */
public record Recipient(String memberId, CountryCode countryCode, Contact contact,
        Map<Channel, Set<MessageCategory>> preferences, RecipientStatus status, String role, QuietHours quietHours) {

    private static final int MAX_ID_LENGTH = 64;

    /** How to reach a member; {@code phone} is null when they gave no mobile number. */
    public record Contact(EmailAddress email, PhoneNumber phone, String language, ZoneId timeZone) {

        private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

        public Contact {
            Objects.requireNonNull(email, "email");
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                throw new InvalidInputException("language", "must be an ISO 639-1 code such as fr");
            }
            Objects.requireNonNull(timeZone, "timeZone");
        }

        /** Reads a time zone from an event: an unknown one breaks the contract, not a transient failure. */
        public static ZoneId zone(String timeZone) {
            try {
                return ZoneId.of(Objects.requireNonNull(timeZone, "timeZone"));
            } catch (DateTimeException | NullPointerException e) {
                throw new InvalidInputException("timeZone", "must be an IANA time zone such as Asia/Phnom_Penh");
            }
        }
    }

    public Recipient {
        if (memberId == null || memberId.isBlank() || memberId.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("memberId", "must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(status, "status");
        if (status == RecipientStatus.ERASED && (contact != null || preferences != null && !preferences.isEmpty())) {
            throw new IllegalArgumentException("An erased recipient keeps no contact data or preferences");
        }
        if ((status == RecipientStatus.INVITED || status == RecipientStatus.ACTIVE) && contact == null) {
            throw new InvalidInputException("contact", "is required for an invited or active member");
        }
        preferences = status == RecipientStatus.ERASED ? Map.of() : withCritical(preferences);
        role = status == RecipientStatus.ERASED ? null : role;
        quietHours = status == RecipientStatus.ERASED ? null : quietHours;
    }

    /** A recipient with the default quiet hours. */
    public Recipient(String memberId, CountryCode countryCode, Contact contact,
            Map<Channel, Set<MessageCategory>> preferences, RecipientStatus status, String role) {
        this(memberId, countryCode, contact, preferences, status, role, null);
    }

    /** A recipient whose role is not known. */
    public Recipient(String memberId, CountryCode countryCode, Contact contact,
            Map<Channel, Set<MessageCategory>> preferences, RecipientStatus status) {
        this(memberId, countryCode, contact, preferences, status, null, null);
    }

    /** Whether the member holds one of {@code roles} on their platform. */
    public boolean hasRole(Set<String> roles) {
        return role != null && roles.contains(role);
    }

    /** What is left of a member after erasure: the id and country, nothing to reach them by. */
    public static Recipient erased(String memberId, CountryCode countryCode) {
        return new Recipient(memberId, countryCode, null, Map.of(), RecipientStatus.ERASED);
    }

    /** The member left: they keep their contact data (the platform keeps them in its history) but receive nothing. */
    public Recipient left() {
        return new Recipient(memberId, countryCode, contact, preferences, RecipientStatus.LEFT, role, quietHours);
    }

    /** A member who left before this service heard of them. */
    public static Recipient leftUnknown(String memberId, CountryCode countryCode) {
        return new Recipient(memberId, countryCode, null, Map.of(), RecipientStatus.LEFT);
    }

    public boolean isErased() {
        return status == RecipientStatus.ERASED;
    }

    /**
     * Whether {@code next}, from a newer event, may replace this: an erasure is final, so a later
     * event about an erased member cannot bring their contact data back.
     */
    public boolean mayBeReplacedBy(Recipient next) {
        return !isErased() || next.isErased();
    }

    /** Whether a message of {@code category} may go to this member on {@code channel}. */
    public boolean receives(Channel channel, MessageCategory category) {
        boolean member = status == RecipientStatus.INVITED || status == RecipientStatus.ACTIVE;
        boolean reachable = contact != null && (channel != Channel.SMS || contact.phone() != null);
        return member && reachable && preferences.getOrDefault(channel, Set.of()).contains(category);
    }

    private static Map<Channel, Set<MessageCategory>> withCritical(Map<Channel, Set<MessageCategory>> chosen) {
        Map<Channel, Set<MessageCategory>> all = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            Set<MessageCategory> categories = EnumSet.of(MessageCategory.CRITICAL);
            if (chosen != null && chosen.get(channel) != null) {
                categories.addAll(chosen.get(channel));
            }
            all.put(channel, Set.copyOf(categories));
        }
        return Map.copyOf(all);
    }
}
