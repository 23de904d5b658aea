package org.mineaction.reporting.members.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * One member of a platform as the participation report counts them: only categories, never a name,
 * contact data or organisation. Self-declared demographics are held only until the member is
 * erased; an erased participant stays counted by category, role and component ("aggregates stay")
 * and counts as "not declared" in the demographic breakdowns, so totals do not change.
 *
 * @param stakeholderCategory null when the member's organisation has none recorded
 */
public record Participant(String memberId, CountryCode countryCode, StakeholderCategory stakeholderCategory,
        PlatformRole role, Set<Component> components, MemberStatus status, Demographics demographics) {

    private static final int MAX_ID_LENGTH = 64;

    public Participant {
        if (memberId == null || memberId.isBlank() || memberId.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("memberId", "must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(status, "status");
        if (role == null) {
            throw new InvalidInputException("role", "is required");
        }
        demographics = demographics == null ? Demographics.NONE : demographics;
        if (status == MemberStatus.ERASED && !demographics.isEmpty()) {
            throw new IllegalArgumentException("An erased participant keeps no self-declared data");
        }
        components = components == null || components.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(components));
    }

    /** What the report keeps of this member once their personal data is erased. */
    public Participant erased() {
        return new Participant(memberId, countryCode, stakeholderCategory, role, components, MemberStatus.ERASED,
                Demographics.NONE);
    }

    public boolean isErased() {
        return status == MemberStatus.ERASED;
    }

    /** An erasure is final: a later event about an erased member cannot bring their self-declared data back. */
    public boolean mayBeReplacedBy(Participant next) {
        return !isErased() || next.isErased();
    }
}
