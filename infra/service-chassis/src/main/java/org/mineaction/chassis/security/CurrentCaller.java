package org.mineaction.chassis.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller of the request being handled, if it presented a valid access token. */
final class CurrentCaller {

    private CurrentCaller() {
    }

    static Optional<Caller> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(AccessTokens.caller(jwt));
        }
        return Optional.empty();
    }
}
