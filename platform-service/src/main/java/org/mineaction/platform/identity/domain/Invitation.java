package org.mineaction.platform.identity.domain;

import java.time.Duration;
import java.time.Instant;
import org.mineaction.chassis.domain.CountryCode;

/**
 * An invitation to join a country's platform with a role: valid once, until it expires. Only the
 * hash of its token is kept, so a copy of the store does not let anyone accept it.
 *
 * <p>Accepting takes two steps so that a crash in between loses nothing: the acceptance is claimed
 * ({@code claimedAt}; of two racing acceptances one wins), the account and the member are made
 * ready, and only then is the invitation used up ({@code acceptedAt}). A claim never completed
 * (the process died) lapses after {@link #CLAIM_LEASE}: the person then simply uses the link again.
 *
 * @param acceptedAt when it was used up: the account can sign in and the member is active
 * @param claimedAt  when an acceptance in progress began; null when none is
 */
public record Invitation(String tokenHash, String memberId, String email, CountryCode country, PlatformRole role,
        Instant issuedAt, Instant expiresAt, Instant acceptedAt, Instant claimedAt) {

    public static final Duration VALIDITY = Duration.ofDays(14);
    /** How long an acceptance in progress keeps others from accepting the same invitation. */
    public static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    public static Invitation issue(String tokenHash, String memberId, String email, CountryCode country,
            PlatformRole role, Instant now) {
        return new Invitation(tokenHash, memberId, UserAccount.normaliseEmail(email), country, role, now,
                now.plus(VALIDITY), null, null);
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

    /**
     * Checks that the invitation can be accepted now and returns it claimed; the caller stores the
     * claim only if nobody claimed it since it was read. An acceptance claimed before the expiry
     * but never completed may be finished after it.
     */
    public Invitation accept(Instant now) {
        if (acceptedAt != null) {
            throw new NotAcceptable(Refusal.ALREADY_USED);
        }
        if (claimedAt != null && now.isBefore(claimedAt.plus(CLAIM_LEASE))) {
            throw new NotAcceptable(Refusal.ALREADY_USED);
        }
        if (claimedAt == null && !now.isBefore(expiresAt)) {
            throw new NotAcceptable(Refusal.EXPIRED);
        }
        return new Invitation(tokenHash, memberId, email, country, role, issuedAt, expiresAt, null, now);
    }
}
