package org.mineaction.gateway.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * A path {@code /api/v1/platforms/{country}/**} passes only when the token names that country in
 * its {@code platforms} claim, or carries a global role (ISU_ANALYST, OPERATOR) whose limits the
 * service then applies. Everything else is refused here, before any service sees the request.
 */
final class CountryAuthorization implements ReactiveAuthorizationManager<AuthorizationContext> {

    static final String COUNTRY_PATHS = "/api/v1/platforms/{country}/**";

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        String country = String.valueOf(context.getVariables().get("country")).toUpperCase(Locale.ROOT);
        return authentication
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getPrincipal)
                .filter(Jwt.class::isInstance)
                .map(principal -> (AuthorizationResult) new AuthorizationDecision(allows((Jwt) principal, country)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    static boolean allows(Jwt token, String country) {
        Collection<String> globalRoles = token.getClaimAsStringList("roles");
        if (globalRoles != null && !globalRoles.isEmpty()) {
            return true;
        }
        Object platforms = token.getClaims().get("platforms");
        if (!(platforms instanceof Map<?, ?> byCountry)) {
            return false;
        }
        return byCountry.entrySet().stream().anyMatch(entry ->
                country.equals(String.valueOf(entry.getKey()).toUpperCase(Locale.ROOT))
                        && entry.getValue() instanceof Collection<?> roles && !roles.isEmpty());
    }
}
