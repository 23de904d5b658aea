package org.mineaction.platform.identity.domain;

import java.time.Duration;
import java.time.Instant;
import org.mineaction.chassis.domain.CountryCode;

/**
 * An invitation to join a country's platform with a role: valid once, until it expires. Only the
 * hash of its token is kept, so a copy of the store does not let anyone accept it.
 */
public record Invitation(String tokenHash, String memberId, String email, CountryCode country, PlatformRole role,
        Instant issuedAt, Instant expiresAt, Instant acceptedAt) {

    public static final Duration VALIDITY = Duration.ofDays(14);

    public static Invitation issue(String tokenHash, String memberId, String email, CountryCode country,
            PlatformRole role, Instant now) {
        return new Invitation(tokenHash, memberId, UserAccount.normaliseEmail(email), country, role, now,
                now.plus(VALIDITY), null);
    }

    /** Why an invitation cannot be accepted any more. */
    public enum Refusal {
        ALREADY_USED,
        EXPIRED
    }

    /** Thrown when an invitation is used twice or too late. */
    public static final class NotAcceptable extends RuntimeException {

        private final Refusal refusal;

        public NotAcceptable(Refusal refusal) {
            super(refusal == Refusal.EXPIRED ? "This invitation has expired; ask the platform for a new one"
                    : "This invitation has already been used");
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** Checks that the invitation can be accepted now; the caller marks it used in the same step. */
    public Invitation accept(Instant now) {
        if (acceptedAt != null) {
            throw new NotAcceptable(Refusal.ALREADY_USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new NotAcceptable(Refusal.EXPIRED);
        }
        return new Invitation(tokenHash, memberId, email, country, role, issuedAt, expiresAt, now);
    }
}
