package org.mineaction.notification.invitation.domain;

import java.time.Instant;
import java.util.Objects;
import org.mineaction.notification.delivery.domain.EmailAddress;

/**
 * An invitation to join a country's platform: who, as what, and the single-use link to accept it
 * before it expires. The link is a credential: it is never logged.
 */
public record MemberInvitation(String memberId, String countryCode, String platformName, String role,
        EmailAddress email, String language, String timeZone, String invitationUrl, Instant expiresAt) {

    public MemberInvitation {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(platformName, "platformName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(invitationUrl, "invitationUrl");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!invitationUrl.startsWith("https://") && !invitationUrl.startsWith("http://")) {
            throw new IllegalArgumentException("the invitation link must be an http(s) URL");
        }
    }

    @Override
    public String toString() {
        return "MemberInvitation[memberId=" + memberId + ", countryCode=" + countryCode + ", expiresAt=" + expiresAt + "]";
    }
}
