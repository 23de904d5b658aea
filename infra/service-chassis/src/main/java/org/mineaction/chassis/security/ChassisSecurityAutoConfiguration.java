package org.mineaction.chassis.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.mineaction.chassis.web.ProblemResponses;
import org.mineaction.chassis.web.ProblemTypes;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes every service an OAuth 2 resource server for {@code /api/**}: a valid access token or
 * 401, then the country floor ({@link CountryPathGuard}) and the controllers' own role checks.
 * Paths outside {@code /api/**} (actuator, signed links, the identity provider's own pages) are
 * not matched here; each carries its own protection.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessTokenProperties.class)
public class ChassisSecurityAutoConfiguration {

    static final String API_PATHS = "/api/**";

    /**
     * Verifies signatures against the identity provider's published keys, fetched on first use and
     * cached, so a service starts without the identity provider being up.
     */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(AccessTokenProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
        decoder.setJwtValidator(AccessTokens.validator(properties.issuer(), properties.audience()));
        return decoder;
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 100)
    SecurityFilterChain apiSecurityChain(HttpSecurity http, JwtDecoder decoder, JsonMapper jsonMapper,
            AccessTokenProperties properties) throws Exception {
        http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint((request, response, failure) ->
                                unauthorized(request, response, failure, jsonMapper))
                        .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(request, response,
                                jsonMapper, HttpStatus.FORBIDDEN, ProblemTypes.of("forbidden"), denied.getMessage())))
                // Bearer tokens, no cookies: nothing for a cross-site request to ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    WebMvcConfigurer callerWebConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new CountryPathGuard()).addPathPatterns("/api/v1/platforms/*", "/api/v1/platforms/*/**");
            }
        };
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure, JsonMapper jsonMapper) throws IOException {
        boolean presented = request.getHeader("Authorization") != null;
        // RFC 6750 section 3: say which scheme, and whether the presented token was the problem.
        response.setHeader("WWW-Authenticate", presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = presented ? "The access token is not valid: " + failure.getMessage()
                : "This API needs an access token (Authorization: Bearer ...)";
        ProblemResponses.write(request, response, jsonMapper, HttpStatus.UNAUTHORIZED, ProblemTypes.of("unauthorized"), detail);
    }
}
