package org.mineaction.platform.identity.persistence;

import java.time.Instant;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.platform.identity.domain.Invitation;
import org.mineaction.platform.identity.domain.PlatformRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An invitation as stored: keyed by the hash of its token, never the token itself. */
@Document(InvitationDocument.COLLECTION)
public class InvitationDocument {

    public static final String COLLECTION = "invitations";

    @Id
    private String tokenHash;
    private String memberId;
    private String email;
    private String country;
    private String role;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant acceptedAt;
    private Instant claimedAt;

    protected InvitationDocument() {
    }

    public static InvitationDocument of(Invitation invitation) {
        InvitationDocument document = new InvitationDocument();
        document.tokenHash = invitation.tokenHash();
        document.memberId = invitation.memberId();
        document.email = invitation.email();
        document.country = invitation.country().value();
        document.role = invitation.role().name();
        document.issuedAt = invitation.issuedAt();
        document.expiresAt = invitation.expiresAt();
        document.acceptedAt = invitation.acceptedAt();
        document.claimedAt = invitation.claimedAt();
        return document;
    }

    public Invitation toInvitation() {
        return new Invitation(tokenHash, memberId, email, new CountryCode(country), PlatformRole.valueOf(role),
                issuedAt, expiresAt, acceptedAt, claimedAt);
    }
}
