package org.mineaction.platform.membership.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.ConflictException;

/**
 * A person on a country's platform. Invited first; leaves or is erased later. Every change returns
 * a new member, so a rule can never leave one half changed.
 *
 * @param consent null until the member agreed to the processing of their data
 * @param version the stored version the member was read at (optimistic locking); null when new
 */
public record Member(String id, CountryCode country, MemberProfile profile, Consent consent, MemberStatus status,
        Instant invitedAt, Instant updatedAt, Instant leftAt, Instant erasedAt, Long version) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(status, "status");
    }

    /** A new member, invited to the platform; an invitation goes out to them. */
    public static Member invite(CountryCode country, MemberProfile profile, Consent consent, Instant now) {
        return new Member(UUID.randomUUID().toString(), country, profile, consent, MemberStatus.INVITED, now, now,
                null, null, null);
    }

    /** The member answered the invitation. */
    public Member activate(Instant now) {
        requireNotErased();
        return status == MemberStatus.INVITED ? with(profile, consent, MemberStatus.ACTIVE, now) : this;
    }

    /** Replaces the editable data; status, country and id never change this way. */
    public Member update(MemberProfile newProfile, Consent newConsent, Instant now) {
        requireNotErased();
        return with(newProfile, newConsent == null ? consent : newConsent, status, now);
    }

    /** Leaves the platform; the member stays in its history. Leaving twice changes nothing. */
    public Member leave(Instant now) {
        requireNotErased();
        if (status == MemberStatus.LEFT) {
            return this;
        }
        return new Member(id, country, profile, consent, MemberStatus.LEFT, invitedAt, now, now, erasedAt, version);
    }

    /**
     * Removes the member's personal data (name, contact data, demographics, consent); what aggregates
     * need (organisation, role, components) stays. Erasing twice changes nothing.
     */
    public Member erase(Instant now) {
        if (isErased()) {
            return this;
        }
        return new Member(id, country, profile.anonymised(), null, MemberStatus.ERASED, invitedAt, now, leftAt, now,
                version);
    }

    public boolean isErased() {
        return status == MemberStatus.ERASED;
    }

    private void requireNotErased() {
        if (isErased()) {
            throw new ConflictException("member-erased", "The member's personal data was erased; the member cannot change");
        }
    }

    private Member with(MemberProfile newProfile, Consent newConsent, MemberStatus newStatus, Instant now) {
        return new Member(id, country, newProfile, newConsent, newStatus, invitedAt, now, leftAt, erasedAt, version);
    }
}
