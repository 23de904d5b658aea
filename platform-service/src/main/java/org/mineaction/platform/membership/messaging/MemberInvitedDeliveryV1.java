package org.mineaction.platform.membership.messaging;

import java.time.Instant;
import org.mineaction.platform.membership.domain.Member;

/**
 * A member was invited (again), with the single-use link to accept: for notification-service only
 * (schema member-invited-delivery.v1.json). The link is a credential until used or expired.
 */
public record MemberInvitedDeliveryV1(String memberId, String countryCode, String platformName, String role,
        Contact contact, String invitationUrl, Instant expiresAt, Instant occurredAt) {

    public record Contact(String email, String language, String timeZone) {
    }

    static MemberInvitedDeliveryV1 of(Member member, String platformName, String invitationUrl, Instant expiresAt,
            Instant occurredAt) {
        var profile = member.profile();
        return new MemberInvitedDeliveryV1(member.id(), member.country().value(), platformName, profile.role().name(),
                new Contact(profile.email().value(), profile.language().code(), profile.timeZone().getId()),
                invitationUrl, expiresAt, occurredAt);
    }

    @Override
    public String toString() {
        return "MemberInvitedDeliveryV1[memberId=" + memberId + ", countryCode=" + countryCode + ", expiresAt="
                + expiresAt + "]";
    }
}
