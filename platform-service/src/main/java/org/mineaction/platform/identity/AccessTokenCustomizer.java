package org.mineaction.platform.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mineaction.platform.identity.domain.AccessClaims;
import org.mineaction.platform.identity.domain.GlobalRole;
import org.mineaction.platform.identity.domain.UserAccount;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts what the gateway and the services decide on into the tokens: {@code sub} = member id
 * (client id for machine clients), {@code aud = ["mineaction-api"]}, {@code platforms} (roles per
 * country) and {@code roles} (global roles). Read from the account at issue time, so a revoked role
 * or a disabled account shows in the next token; a disabled account gets none.
 */
class AccessTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final Function<String, Optional<UserAccount>> accountsByEmail;
    private final Map<String, Set<GlobalRole>> clientRoles;

    AccessTokenCustomizer(Function<String, Optional<UserAccount>> accountsByEmail,
            Map<String, Set<GlobalRole>> clientRoles) {
        this.accountsByEmail = accountsByEmail;
        this.clientRoles = Map.copyOf(clientRoles);
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (!accessToken && !ID_TOKEN.equals(context.getTokenType())) {
            return;
        }
        AccessClaims claims;
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            String clientId = context.getRegisteredClient().getClientId();
            claims = AccessClaims.ofClient(clientId, clientRoles.getOrDefault(clientId, Set.of()));
        } else {
            UserAccount account = accountsByEmail.apply(context.getPrincipal().getName())
                    .filter(UserAccount::canSignIn)
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                            "The account no longer exists or is disabled", null)));
            claims = AccessClaims.of(account);
        }
        context.getClaims().subject(claims.subject());
        if (accessToken) {
            context.getClaims().audience(List.of(AccessClaims.AUDIENCE))
                    .claim(AccessClaims.PLATFORMS, claims.platforms())
                    .claim(AccessClaims.ROLES, claims.roles());
        }
    }
}
