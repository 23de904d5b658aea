package org.mineaction.platform.identity.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims an access token carries beyond the standard ones: {@code aud}, {@code platforms}
 * (roles per country) and {@code roles} (global roles), as the gateway and services read them.
 */
public record AccessClaims(String subject, Map<String, List<String>> platforms, List<String> roles) {

    public static final String AUDIENCE = "mineaction-api";
    public static final String PLATFORMS = "platforms";
    public static final String ROLES = "roles";

    public static AccessClaims of(UserAccount account) {
        Map<String, List<String>> platforms = new LinkedHashMap<>();
        account.platformRoles().forEach((country, roles) ->
                platforms.put(country, roles.stream().map(Enum::name).sorted().toList()));
        List<String> roles = account.globalRoles().stream().map(Enum::name).sorted().toList();
        return new AccessClaims(account.subject(), Map.copyOf(platforms), roles);
    }

    /** A machine client: no country of its own, only global roles. */
    public static AccessClaims ofClient(String clientId, Set<GlobalRole> roles) {
        return new AccessClaims(clientId, Map.of(), roles.stream().map(Enum::name).sorted().toList());
    }
}
