package org.mineaction.gateway.security;

import java.util.List;
import java.util.stream.Stream;
import org.mineaction.gateway.problem.ProblemResponseWriter;
import org.mineaction.gateway.problem.ProblemTypes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's half of defence in depth: every {@code /api/**} call needs a valid access token
 * (signature from the identity provider's JWKS, expiry, issuer, audience), and a country path
 * needs that country in the token. Services check the same token again and apply roles.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenProperties.class)
class GatewaySecurityConfiguration {

    /** platform-service's identity provider: sign-in, tokens, keys, invitations. */
    static final List<String> IDENTITY_PATHS = List.of("/oauth2/**", "/.well-known/**", "/login", "/logout",
            "/userinfo", "/connect/**", "/invitations/**");

    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(properties.audience()))));
        return decoder;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            TokenProperties properties, ProblemResponseWriter problems) {
        String[] open = Stream.concat(Stream.concat(IDENTITY_PATHS.stream(), properties.publicPaths().stream()),
                Stream.of("/actuator/health", "/actuator/health/**")).toArray(String[]::new);
        http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers(open).permitAll()
                        .pathMatchers(CountryAuthorization.COUNTRY_PATHS).access(new CountryAuthorization())
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint((exchange, failure) -> unauthorized(exchange, problems, failure.getMessage()))
                        .accessDeniedHandler((exchange, denied) -> problems.write(exchange, problem(HttpStatus.FORBIDDEN,
                                "forbidden", "Your token gives no access to this resource"))))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((exchange, failure) -> unauthorized(exchange, problems, failure.getMessage())))
                // Bearer tokens, no cookies, no sessions: nothing for a cross-site request to ride on.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return http.build();
    }

    private static Mono<Void> unauthorized(ServerWebExchange exchange, ProblemResponseWriter problems, String reason) {
        boolean presented = exchange.getRequest().getHeaders().containsHeader("Authorization");
        // RFC 6750 section 3: the scheme, and whether the presented token was the problem.
        exchange.getResponse().getHeaders().set("WWW-Authenticate", presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = presented ? "The access token is not valid: " + reason
                : "This API needs an access token (Authorization: Bearer ...)";
        return problems.write(exchange, problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(type));
        return problem;
    }
}
