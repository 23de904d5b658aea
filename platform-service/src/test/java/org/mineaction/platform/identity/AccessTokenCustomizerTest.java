package org.mineaction.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.platform.identity.domain.GlobalRole;
import org.mineaction.platform.identity.domain.PlatformRole;
import org.mineaction.platform.identity.domain.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

class AccessTokenCustomizerTest {

    private static final UserAccount LEAD = UserAccount.invited("account-1", "lead@cmaa.example.org", "member-42")
            .grant(new CountryCode("KHM"), PlatformRole.LEAD).activate("{argon2}hash");

    private final AccessTokenCustomizer customizer = new AccessTokenCustomizer(
            email -> Optional.of(LEAD).filter(account -> account.email().equals(email)),
            Map.of("mineaction-isu-reporting", Set.of(GlobalRole.ISU_ANALYST)));

    private static JwtEncodingContext context(String clientId, AuthorizationGrantType grant, String principal,
            OAuth2TokenType type) {
        RegisteredClient client = RegisteredClient.withId(clientId).clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE).authorizationGrantType(grant)
                .redirectUri("http://127.0.0.1/callback").build();
        return JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256),
                        JwtClaimsSet.builder().subject(principal).audience(List.of(clientId)))
                .registeredClient(client)
                .principal(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()))
                .authorizationGrantType(grant)
                .tokenType(type)
                .build();
    }

    @Test
    void aMemberTokenCarriesTheMemberIdAudienceAndRolesPerCountry() {
        JwtEncodingContext context = context("mineaction-web", AuthorizationGrantType.AUTHORIZATION_CODE,
                "lead@cmaa.example.org", OAuth2TokenType.ACCESS_TOKEN);

        customizer.customize(context);
        JwtClaimsSet claims = context.getClaims().build();

        assertThat(claims.getSubject()).isEqualTo("member-42");
        assertThat(claims.getAudience()).containsExactly("mineaction-api");
        assertThat(claims.<Map<String, List<String>>>getClaim("platforms")).isEqualTo(Map.of("KHM", List.of("LEAD")));
        assertThat(claims.<List<String>>getClaim("roles")).isEmpty();
    }

    @Test
    void aMachineTokenCarriesItsConfiguredGlobalRolesAndNoCountry() {
        JwtEncodingContext context = context("mineaction-isu-reporting", AuthorizationGrantType.CLIENT_CREDENTIALS,
                "mineaction-isu-reporting", OAuth2TokenType.ACCESS_TOKEN);

        customizer.customize(context);
        JwtClaimsSet claims = context.getClaims().build();

        assertThat(claims.getSubject()).isEqualTo("mineaction-isu-reporting");
        assertThat(claims.getAudience()).containsExactly("mineaction-api");
        assertThat(claims.<List<String>>getClaim("roles")).containsExactly("ISU_ANALYST");
        assertThat(claims.<Map<String, List<String>>>getClaim("platforms")).isEmpty();
    }

    @Test
    void theIdTokenNamesTheMemberButKeepsItsOwnAudience() {
        JwtEncodingContext context = context("mineaction-web", AuthorizationGrantType.AUTHORIZATION_CODE,
                "lead@cmaa.example.org", new OAuth2TokenType("id_token"));

        customizer.customize(context);
        JwtClaimsSet claims = context.getClaims().build();

        assertThat(claims.getSubject()).isEqualTo("member-42");
        assertThat(claims.getAudience()).containsExactly("mineaction-web");
        assertThat(claims.hasClaim("platforms")).isFalse();
    }

    @Test
    void aDisabledOrUnknownAccountGetsNoToken() {
        AccessTokenCustomizer disabledOnly = new AccessTokenCustomizer(email -> Optional.of(LEAD.disable()), Map.of());

        assertThatThrownBy(() -> disabledOnly.customize(context("mineaction-web",
                AuthorizationGrantType.AUTHORIZATION_CODE, "lead@cmaa.example.org", OAuth2TokenType.ACCESS_TOKEN)))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> customizer.customize(context("mineaction-web",
                AuthorizationGrantType.AUTHORIZATION_CODE, "someone@else.org", OAuth2TokenType.ACCESS_TOKEN)))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
