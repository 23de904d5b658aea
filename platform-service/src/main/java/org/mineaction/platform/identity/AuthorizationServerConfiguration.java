package org.mineaction.platform.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineaction.chassis.security.AccessTokens;
import org.mineaction.platform.identity.domain.AccessClaims;
import org.mineaction.platform.identity.domain.GlobalRole;
import org.mineaction.platform.identity.domain.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * platform-service as the identity provider (Spring Authorization Server): OAuth 2.1 / OIDC
 * endpoints, sign-in form, invitations. Its two filter chains match only the identity paths;
 * every other path of the service (the API, actuator) passes no security filter here. Enforcing
 * tokens on the API is the resource-server step, configured apart.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class AuthorizationServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);

    /** The protocol endpoints: authorize, token, JWKS, introspection, revocation, discovery, userinfo, logout. */
    static final String[] PROTOCOL_PATHS = {"/oauth2/**", "/.well-known/**", "/userinfo", "/connect/**"};
    /** The sign-in form and the acceptance of invitations. */
    static final String[] SIGN_IN_PATHS = {"/login", "/logout", "/invitations/**"};

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, AccountService accounts) throws Exception {
        http.securityMatcher(PROTOCOL_PATHS)
                .oauth2AuthorizationServer(server -> server
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo
                                .userInfoMapper(context -> userInfo(context, accounts)))))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                // The userinfo endpoint takes the access token as a bearer token.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                // A browser that is not signed in is sent to the form; other clients get 401.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            LoginThrottling throttling) throws Exception {
        http.securityMatcher(SIGN_IN_PATHS)
                .authenticationManager(new ProviderManager(new ThrottlingAuthenticationProvider(users, encoder, throttling)))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                // The JSON acceptance carries its credential (the token) in the path, not a cookie: no CSRF
                // to forge. The HTML form of the invitation page posts with the chain's CSRF token like the
                // sign-in form: it works without script and a forged post cannot set someone's password.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/invitations/*/accept"))
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties, PasswordEncoder encoder) {
        List<RegisteredClient> clients = new ArrayList<>();
        IdentityProperties.WebClient web = properties.webClient();
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        if (web.redirectUris().isEmpty()) {
            log.warn("No redirect URI for {}: the browser client is not registered", web.clientId());
        } else {
            clients.add(RegisteredClient.withId(web.clientId()).clientId(web.clientId())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUris(uris -> uris.addAll(web.redirectUris()))
                    .postLogoutRedirectUris(uris -> uris.addAll(web.postLogoutRedirectUris()))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .tokenSettings(tokens)
                    .build());
        }
        for (IdentityProperties.MachineClient machine : properties.clients()) {
            if (machine.secret() == null || machine.secret().isBlank()) {
                log.warn("No secret configured for machine client {}: it is not registered", machine.id());
                continue;
            }
            clients.add(RegisteredClient.withId(machine.id()).clientId(machine.id())
                    // Only the hash is kept in memory, as for passwords.
                    .clientSecret(encoder.encode(machine.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope("api")
                    .tokenSettings(tokens)
                    .build());
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    RSAKey signingKey(IdentityProperties properties) {
        return SigningKeys.load(properties.jwk());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /**
     * Verifies this provider's own tokens with the key in hand (no HTTP round trip to itself), with
     * the same issuer and audience checks as every other service; the chassis' API chain uses it.
     */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey, IdentityProperties properties) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
        decoder.setJwtValidator(AccessTokens.validator(properties.issuer(), AccessClaims.AUDIENCE));
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accessTokenCustomizer(AccountService accounts,
            IdentityProperties properties) {
        Map<String, Set<GlobalRole>> clientRoles = new HashMap<>();
        properties.clients().forEach(client -> clientRoles.put(client.id(), client.roles()));
        return new AccessTokenCustomizer(accounts::findByEmail, clientRoles);
    }

    /** The subject's own identity only: id, e-mail (with the email scope), roles; nobody else's contact data. */
    static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context, AccountService accounts) {
        UserAccount account = accounts.findByEmail(context.getAuthorization().getPrincipalName())
                .orElseThrow(() -> new IllegalStateException("The account behind this token is gone"));
        OidcUserInfo.Builder info = OidcUserInfo.builder().subject(account.subject());
        if (context.getAccessToken().getScopes().contains(OidcScopes.EMAIL)) {
            info.email(account.email()).emailVerified(true);
        }
        return info.build();
    }
}
