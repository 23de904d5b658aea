package org.mineaction.chassis.security;

import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/** The checks every service applies to an access token, and how its claims become a {@link Caller}. */
public final class AccessTokens {

    public static final String PLATFORMS_CLAIM = "platforms";
    public static final String ROLES_CLAIM = "roles";

    private AccessTokens() {
    }

    /** Expiry and not-before (with Spring's default 60 s skew), issuer, and our audience. */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        OAuth2TokenValidator<Jwt> audienceValidator = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(audience));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audienceValidator);
    }

    public static Caller caller(Jwt jwt) {
        Object platforms = jwt.getClaims().get(PLATFORMS_CLAIM);
        @SuppressWarnings("unchecked")
        Map<String, List<?>> platformRoles = platforms instanceof Map<?, ?> map ? (Map<String, List<?>>) map : Map.of();
        return Caller.fromClaims(jwt.getSubject(), platformRoles, jwt.getClaimAsStringList(ROLES_CLAIM));
    }
}
