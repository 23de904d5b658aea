package org.mineaction.platform.membership.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mineaction.platform.membership.domain.Member;

/**
 * A member joined or changed, with what it takes to deliver them a message: for notification-service
 * only (schemas member-joined-delivery.v1.json, member-updated-delivery.v1.json).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberDeliveryV1(String memberId, String countryCode, String organisationId, String role, String status,
        String name, Contact contact, Map<String, List<String>> notificationPreferences, QuietHoursV1 quietHours,
        Instant occurredAt) {

    /** In the member's time zone, HH:mm; absent when the member set none. */
    public record QuietHoursV1(String from, String to) {
    }

    /** @param phone E.164, absent when the member gave no mobile number */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String email, String phone, String language, String timeZone) {
    }

    static MemberDeliveryV1 of(Member member, Instant occurredAt) {
        var profile = member.profile();
        return new MemberDeliveryV1(member.id(), member.country().value(), profile.organisationId(),
                profile.role().name(), member.status().name(), profile.name(),
                new Contact(profile.email().value(), profile.phone() == null ? null : profile.phone().e164(),
                        profile.language().code(), profile.timeZone().getId()),
                profile.preferences().asNames(), profile.preferences().quietHours() == null ? null
                        : new QuietHoursV1(profile.preferences().quietHours().fromText(),
                                profile.preferences().quietHours().toText()),
                occurredAt);
    }
}
