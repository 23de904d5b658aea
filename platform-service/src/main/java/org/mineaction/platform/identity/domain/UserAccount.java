package org.mineaction.platform.identity.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * Someone who can sign in: a login e-mail, a password hash (never the password), the member they
 * are (their {@code sub} in tokens) and what they may do, per country and globally. An account
 * without a password, or disabled, cannot sign in.
 *
 * @param id           stable identity of the account; also the token subject when there is no member id
 * @param memberId     the member this account belongs to, or {@code null} for accounts such as the operator
 * @param passwordHash encoded with the service's password encoder, {@code null} until a password is set
 */
public record UserAccount(String id, String email, String passwordHash, String memberId,
        Map<String, Set<PlatformRole>> platformRoles, Set<GlobalRole> globalRoles, boolean enabled) {

    public UserAccount {
        email = normaliseEmail(email);
        TreeMap<String, Set<PlatformRole>> roles = new TreeMap<>();
        if (platformRoles != null) {
            platformRoles.forEach((country, held) -> {
                if (held != null && !held.isEmpty()) {
                    roles.put(new CountryCode(country).value(), Collections.unmodifiableSet(EnumSet.copyOf(held)));
                }
            });
        }
        platformRoles = Collections.unmodifiableMap(roles);
        globalRoles = globalRoles == null || globalRoles.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(globalRoles));
    }

    /** A new account that cannot sign in until a password is set (e.g. through an invitation). */
    public static UserAccount invited(String id, String email, String memberId) {
        return new UserAccount(id, email, null, memberId, Map.of(), Set.of(), false);
    }

    /** Lower-cased and stripped: one person, one login, however they type it. */
    public static String normaliseEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
            throw new InvalidInputException("email", "must be an e-mail address");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Who the account is in tokens: the member id, or the account id when it is no member. */
    public String subject() {
        return memberId != null ? memberId : id;
    }

    public boolean canSignIn() {
        return enabled && passwordHash != null;
    }

    public UserAccount grant(CountryCode country, PlatformRole role) {
        Map<String, Set<PlatformRole>> roles = new TreeMap<>(platformRoles);
        EnumSet<PlatformRole> held = EnumSet.noneOf(PlatformRole.class);
        held.addAll(roles.getOrDefault(country.value(), Set.of()));
        held.add(role);
        roles.put(country.value(), held);
        return new UserAccount(id, email, passwordHash, memberId, roles, globalRoles, enabled);
    }

    public UserAccount revoke(CountryCode country, PlatformRole role) {
        Map<String, Set<PlatformRole>> roles = new TreeMap<>(platformRoles);
        EnumSet<PlatformRole> held = EnumSet.noneOf(PlatformRole.class);
        held.addAll(roles.getOrDefault(country.value(), Set.of()));
        held.remove(role);
        roles.put(country.value(), held);
        return new UserAccount(id, email, passwordHash, memberId, roles, globalRoles, enabled);
    }

    /** Holds exactly this role on one country's platform; null holds none there. */
    public UserAccount withPlatformRole(CountryCode country, PlatformRole role) {
        UserAccount without = leavePlatform(country);
        return role == null ? without : without.grant(country, role);
    }

    /** The same account for another of the person's memberships (its id becomes the token subject). */
    public UserAccount forMember(String newMemberId) {
        return new UserAccount(id, email, passwordHash, newMemberId, platformRoles, globalRoles, enabled);
    }

    /** Drops every role on one country's platform, e.g. when the person is erased there. */
    public UserAccount leavePlatform(CountryCode country) {
        Map<String, Set<PlatformRole>> roles = new TreeMap<>(platformRoles);
        roles.remove(country.value());
        return new UserAccount(id, email, passwordHash, memberId, roles, globalRoles, enabled);
    }

    /** Whether the account still gives access to anything. */
    public boolean holdsAnyRole() {
        return !platformRoles.isEmpty() || !globalRoles.isEmpty();
    }

    public UserAccount withGlobalRole(GlobalRole role) {
        Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
        roles.addAll(globalRoles);
        roles.add(role);
        return new UserAccount(id, email, passwordHash, memberId, platformRoles, roles, enabled);
    }

    /** Sets the (already encoded) password and lets the account sign in. */
    public UserAccount activate(String newPasswordHash) {
        return new UserAccount(id, email, newPasswordHash, memberId, platformRoles, globalRoles, true);
    }

    public UserAccount disable() {
        return new UserAccount(id, email, passwordHash, memberId, platformRoles, globalRoles, false);
    }
}
