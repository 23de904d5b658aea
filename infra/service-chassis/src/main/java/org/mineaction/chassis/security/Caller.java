package org.mineaction.chassis.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mineaction.chassis.problem.ForbiddenException;
import org.mineaction.chassis.problem.NotFoundException;

/**
 * Who is calling, as the validated access token says: subject, roles per country, global roles.
 * Controllers take it as a parameter and ask it before touching a country's data.
 *
 * <p>Another country's reads answer 404 so that a caller cannot learn which resources exist
 * elsewhere; writes answer 403 (docs/identity-and-access.md).
 */
public record Caller(String subject, Map<String, Set<PlatformRole>> platforms, Set<GlobalRole> roles) {

    public Caller {
        platforms = platforms.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getKey().toUpperCase(Locale.ROOT), entry -> Set.copyOf(entry.getValue())));
        roles = Set.copyOf(roles);
    }

    /** From the token's claims; role names this version does not know are ignored, never guessed. */
    public static Caller fromClaims(String subject, Map<String, ? extends List<?>> platformsClaim, List<?> rolesClaim) {
        Map<String, Set<PlatformRole>> platforms = platformsClaim == null ? Map.of()
                : platformsClaim.entrySet().stream().collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> known(PlatformRole.class, entry.getValue())));
        return new Caller(subject, platforms, known(GlobalRole.class, rolesClaim));
    }

    public Set<PlatformRole> rolesIn(String country) {
        return country == null ? Set.of() : platforms.getOrDefault(country.toUpperCase(Locale.ROOT), Set.of());
    }

    public boolean belongsTo(String country) {
        return !rolesIn(country).isEmpty();
    }

    public boolean has(GlobalRole role) {
        return roles.contains(role);
    }

    public boolean hasAnyIn(String country, PlatformRole... allowed) {
        Set<PlatformRole> held = rolesIn(country);
        for (PlatformRole role : allowed) {
            if (held.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Reads: the caller holds some role in the country, or one of the global roles named. Else 404. */
    public void requireMemberOf(String country, GlobalRole... alsoAllowed) {
        if (belongsTo(country) || hasAny(alsoAllowed)) {
            return;
        }
        throw new NotFoundException("No platform " + country + " among yours");
    }

    /** Writes: the caller holds one of these roles in the country. Else 403. */
    public void requireRole(String country, PlatformRole... allowed) {
        if (!hasAnyIn(country, allowed)) {
            throw new ForbiddenException("This needs one of the roles " + List.of(allowed) + " on platform " + country);
        }
    }

    /** Global operations: the caller holds one of these global roles. Else 403. */
    public void requireGlobal(GlobalRole... allowed) {
        if (!hasAny(allowed)) {
            throw new ForbiddenException("This needs one of the roles " + List.of(allowed));
        }
    }

    private boolean hasAny(GlobalRole... candidates) {
        for (GlobalRole role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    private static <E extends Enum<E>> Set<E> known(Class<E> type, List<?> names) {
        Set<E> known = EnumSet.noneOf(type);
        if (names != null) {
            for (Object name : names) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(String.valueOf(name))) {
                        known.add(constant);
                    }
                }
            }
        }
        return known;
    }
}
