package org.mineaction.meeting.members.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * A member of a national platform as meeting-service knows it from the public platform events:
 * who may be invited to and take part in a platform's meetings, never how to reach them (contact
 * data stays in platform-service and notification-service).
 *
 * <p>An erased member ({@link #erased}) keeps only what aggregates need: the id, the country and
 * the stakeholder category; everything else is null.
 *
 * @param stakeholderCategory null when the member's organisation has none recorded
 */
public record KnownMember(String memberId, CountryCode countryCode, String organisationId,
        StakeholderCategory stakeholderCategory, PlatformRole role, Set<Component> components, String language,
        MemberStatus status) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final int MAX_ID_LENGTH = 64;

    public KnownMember {
        requireId("memberId", memberId);
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(status, "status");
        if (status == MemberStatus.ERASED) {
            if (organisationId != null || role != null || language != null
                    || components != null && !components.isEmpty()) {
                throw new IllegalArgumentException("An erased member keeps only id, country and category");
            }
            components = Set.of();
        } else {
            requireId("organisationId", organisationId);
            if (role == null) {
                throw new InvalidInputException("role", "is required");
            }
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                throw new InvalidInputException("language", "must be an ISO 639-1 code such as fr");
            }
            components = components == null || components.isEmpty() ? Set.of()
                    : Set.copyOf(EnumSet.copyOf(components));
        }
    }

    /** What is left of a member after erasure: the id and what aggregates need, nothing personal. */
    public static KnownMember erased(String memberId, CountryCode countryCode, StakeholderCategory category) {
        return new KnownMember(memberId, countryCode, null, category, null, Set.of(), null, MemberStatus.ERASED);
    }

    public boolean isErased() {
        return status == MemberStatus.ERASED;
    }

    /**
     * Whether {@code next}, from a newer event, may replace this: an erasure is final, so a later
     * event about an erased member (a producer's clock running behind, a replay from before the
     * erasure stamped anew) cannot bring personal data back.
     */
    public boolean mayBeReplacedBy(KnownMember next) {
        return !isErased() || next.isErased();
    }

    private static void requireId(String field, String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException(field, "must be 1 to " + MAX_ID_LENGTH + " characters");
        }
    }
}
