package org.mineaction.notification.invitation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.invitation.domain.MemberInvitation;

/** The fields of {@code org.mineaction.platform.member.invited.delivery.v1} the invitation needs; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record MemberInvitedDelivery(String memberId, String countryCode, String platformName, String role, Contact contact,
        String invitationUrl, Instant expiresAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String email, String language, String timeZone) {
    }

    MemberInvitation toInvitation() {
        if (contact == null) {
            throw new InvalidInputException("contact", "is required");
        }
        return new MemberInvitation(memberId, countryCode, platformName, role, new EmailAddress(contact.email()),
                contact.language(), contact.timeZone(), invitationUrl, expiresAt);
    }

    @Override
    public String toString() {
        return "MemberInvitedDelivery[memberId=" + memberId + ", countryCode=" + countryCode + "]";
    }
}
