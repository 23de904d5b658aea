package org.mineaction.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Signs RS256 access tokens shaped as platform-service issues them (JSON claims given as text). */
final class BenchmarkTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private BenchmarkTokens() {
    }

    /**
     * @param platformsJson the {@code platforms} claim's members, e.g. {@code "KHM":["LEAD"]}
     * @param rolesJson     the {@code roles} claim's items, e.g. {@code "OPERATOR"}
     * @return {@code Bearer <token>}
     */
    static String bearer(PrivateKey key, String kid, String issuer, String subject, String platformsJson,
            String rolesJson, long lifetimeSeconds) throws GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":" + quote(kid) + "}";
        String payload = "{\"iss\":" + quote(issuer) + ",\"aud\":[\"mineaction-api\"],\"sub\":" + quote(subject)
                + ",\"iat\":" + now + ",\"nbf\":" + now + ",\"exp\":" + (now + lifetimeSeconds) + ",\"jti\":"
                + quote(UUID.randomUUID().toString()) + ",\"platforms\":{" + platformsJson + "},\"roles\":["
                + rolesJson + "]}";
        String signingInput = encode(header) + "." + encode(payload);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return "Bearer " + signingInput + "." + URL.encodeToString(rs256.sign());
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
