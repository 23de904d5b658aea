package org.mineaction.platform.membership.persistence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.platform.membership.domain.AgeGroup;
import org.mineaction.platform.membership.domain.Consent;
import org.mineaction.platform.membership.domain.Demographics;
import org.mineaction.platform.membership.domain.EmailAddress;
import org.mineaction.platform.membership.domain.Gender;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.membership.domain.MemberProfile;
import org.mineaction.platform.membership.domain.MemberStatus;
import org.mineaction.platform.membership.domain.NotificationCategory;
import org.mineaction.platform.membership.domain.NotificationChannel;
import org.mineaction.platform.membership.domain.NotificationPreferences;
import org.mineaction.platform.membership.domain.PhoneNumber;
import org.mineaction.platform.membership.domain.PlatformComponent;
import org.mineaction.platform.membership.domain.PlatformRole;
import org.mineaction.platform.membership.domain.PreferredLanguage;
import org.mineaction.platform.membership.domain.QuietHours;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member as stored, with the events about them still on their way to the broker: saving both is
 * one single-document write. {@code emailKey} (lower case) is unique within a country.
 */
@Document(MemberDocument.COLLECTION)
public class MemberDocument {

    public static final String COLLECTION = "members";

    @Id
    private String id;
    private String country;
    private String name;
    private String organisationId;
    private PlatformRole role;
    private List<PlatformComponent> components;
    private String email;
    private String emailKey;
    private String phone;
    private String language;
    private String timeZone;
    private Map<String, List<String>> notificationPreferences;
    private String quietFrom;
    private String quietTo;
    private Instant consentGivenAt;
    private String consentTextVersion;
    private Gender gender;
    private AgeGroup ageGroup;
    private Boolean disability;
    private Boolean survivor;
    private MemberStatus status;
    private Instant invitedAt;
    private Instant updatedAt;
    private Instant leftAt;
    private Instant erasedAt;
    @Version
    private Long version;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected MemberDocument() {
    }

    public static MemberDocument of(Member member, List<OutboxMessage> events) {
        MemberDocument document = new MemberDocument();
        document.apply(member, events);
        return document;
    }

    /**
     * Takes the member's new state and appends its events to those still pending. The version is
     * the one the change was based on, so a concurrent change makes the save fail.
     */
    public void apply(Member member, List<OutboxMessage> events) {
        MemberProfile profile = member.profile();
        id = member.id();
        country = member.country().value();
        name = profile.name();
        organisationId = profile.organisationId();
        role = profile.role();
        components = profile.components().stream().sorted().toList();
        email = profile.email() == null ? null : profile.email().value();
        // Erased members keep a unique key that is no address, so the address can join again.
        emailKey = profile.email() == null ? "erased:" + member.id() : profile.email().key();
        phone = profile.phone() == null ? null : profile.phone().e164();
        language = profile.language().code();
        timeZone = profile.timeZone().getId();
        notificationPreferences = profile.preferences().asNames();
        QuietHours quiet = profile.preferences().quietHours();
        quietFrom = quiet == null ? null : quiet.fromText();
        quietTo = quiet == null ? null : quiet.toText();
        consentGivenAt = member.consent() == null ? null : member.consent().givenAt();
        consentTextVersion = member.consent() == null ? null : member.consent().textVersion();
        Demographics demographics = profile.demographics();
        gender = demographics.gender();
        ageGroup = demographics.ageGroup();
        disability = demographics.disability();
        survivor = demographics.survivor();
        status = member.status();
        invitedAt = member.invitedAt();
        updatedAt = member.updatedAt();
        leftAt = member.leftAt();
        erasedAt = member.erasedAt();
        version = member.version();
        outbox.addAll(events);
    }

    public Member toMember() {
        Map<NotificationChannel, List<NotificationCategory>> chosen = new EnumMap<>(NotificationChannel.class);
        if (notificationPreferences != null) {
            notificationPreferences.forEach((channel, categories) -> chosen.put(NotificationChannel.valueOf(channel),
                    categories.stream().map(NotificationCategory::valueOf).toList()));
        }
        MemberProfile profile = new MemberProfile(name, organisationId, role,
                components == null ? java.util.Set.<PlatformComponent>of() : new java.util.HashSet<>(components),
                email == null ? null : new EmailAddress(email), phone == null ? null : new PhoneNumber(phone),
                new PreferredLanguage(language), ZoneId.of(timeZone),
                notificationPreferences == null ? null
                        : NotificationPreferences.of(chosen).withQuietHours(QuietHours.parse(quietFrom, quietTo)),
                new Demographics(gender, ageGroup, disability, survivor));
        Consent consent = consentGivenAt == null ? null : new Consent(consentGivenAt, consentTextVersion);
        return new Member(id, new CountryCode(country), profile, consent, status, invitedAt, updatedAt, leftAt,
                erasedAt, version);
    }

    public String id() {
        return id;
    }

    /** The components, as stored, of a document read with only its id and components. */
    public java.util.Set<PlatformComponent> components() {
        return components == null ? java.util.Set.of() : java.util.Set.copyOf(components);
    }

    /** The lower-case e-mail address that is unique within the country. */
    public String toMemberEmailKey() {
        return emailKey;
    }

    public List<OutboxMessage> outbox() {
        return List.copyOf(outbox);
    }
}
