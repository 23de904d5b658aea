package org.mineaction.testing.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real signed access tokens shaped as platform-service issues them, ready for an
 * {@code Authorization} header ("Bearer ..."), and the broken ones a service must refuse.
 * Roles are any enum constants (the chassis' PlatformRole / GlobalRole): only their names travel.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A person holding these roles on one country's platform. */
    public static String member(String subject, String country, Enum<?>... roles) {
        return bearer(sign(claims(subject, Map.of(country, names(roles)), List.of()).build(), key()));
    }

    /** A person holding roles on several platforms: {@code {"KHM": [LEAD], "COL": [MEMBER]}}. */
    public static String platforms(String subject, Map<String, List<? extends Enum<?>>> rolesByCountry) {
        Map<String, List<String>> platforms = new LinkedHashMap<>();
        rolesByCountry.forEach((country, roles) -> platforms.put(country, roles.stream().map(Enum::name).toList()));
        return bearer(sign(claims(subject, platforms, List.of()).build(), key()));
    }

    /** A machine client or staff account with global roles only (ISU_ANALYST, OPERATOR). */
    public static String global(String subject, Enum<?>... roles) {
        return bearer(sign(claims(subject, Map.of(), names(roles)).build(), key()));
    }

    public static String expired(String subject, String country, Enum<?>... roles) {
        // Past Spring's default 60 s clock skew.
        Instant issued = Instant.now().minus(Duration.ofMinutes(30));
        return bearer(sign(claims(subject, Map.of(country, names(roles)), List.of())
                .issueTime(Date.from(issued)).expirationTime(Date.from(issued.plus(Duration.ofMinutes(15)))).build(), key()));
    }

    public static String wronglySigned(String subject, String country, Enum<?>... roles) {
        return bearer(sign(claims(subject, Map.of(country, names(roles)), List.of()).build(),
                TestIdentityProvider.get().strangerKey()));
    }

    /** Unsigned ({@code alg: none}): must never be taken at its word. */
    public static String algNone(String subject, String country, Enum<?>... roles) {
        return bearer(new PlainJWT(claims(subject, Map.of(country, names(roles)), List.of()).build()).serialize());
    }

    public static String wrongIssuer(String subject, String country, Enum<?>... roles) {
        return bearer(sign(claims(subject, Map.of(country, names(roles)), List.of())
                .issuer("http://somebody-else.example").build(), key()));
    }

    public static String wrongAudience(String subject, String country, Enum<?>... roles) {
        return bearer(sign(claims(subject, Map.of(country, names(roles)), List.of())
                .audience("another-api").build(), key()));
    }

    private static JWTClaimsSet.Builder claims(String subject, Map<String, List<String>> platforms, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(TestIdentityProvider.ISSUER)
                .audience(TestIdentityProvider.AUDIENCE)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("platforms", platforms)
                .claim("roles", roles);
    }

    private static RSAKey key() {
        return TestIdentityProvider.get().signingKey();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    private static List<String> names(Enum<?>... roles) {
        return Arrays.stream(roles).map(Enum::name).toList();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
