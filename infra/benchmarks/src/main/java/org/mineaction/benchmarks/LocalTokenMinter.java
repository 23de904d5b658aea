package org.mineaction.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Mints an access token for a benchmark against the LOCAL suite, signed with the key the local
 * mode keeps in {@code .local/identity/token-signing-key.pem}: the same RS256 token platform-service
 * would issue after a sign-in, without driving a browser sign-in per run. Useless anywhere else,
 * since no other deployment trusts that key.
 *
 * <pre>
 * java -cp infra/benchmarks/target/classes org.mineaction.benchmarks.LocalTokenMinter \
 *   [--key=.local/identity/token-signing-key.pem] [--kid=mineaction-1] [--issuer=http://localhost:8080] \
 *   --subject=benchmark-lead --platform=KHM:LEAD [--role=OPERATOR] [--minutes=120]
 * </pre>
 * Prints {@code Bearer <token>}.
 */
public final class LocalTokenMinter {

    private LocalTokenMinter() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--key", ".local/identity/token-signing-key.pem",
                "--kid", "mineaction-1", "--issuer", "http://localhost:8080", "--subject", "benchmark",
                "--minutes", "120"));
        Map<String, StringBuilder> platforms = new LinkedHashMap<>();
        StringBuilder roles = new StringBuilder();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            switch (pair[0]) {
                case "--platform" -> {
                    String[] countryRole = pair[1].split(":", 2);
                    StringBuilder list = platforms.computeIfAbsent(countryRole[0], c -> new StringBuilder());
                    list.append(list.isEmpty() ? "" : ",").append(quote(countryRole[1]));
                }
                case "--role" -> roles.append(roles.isEmpty() ? "" : ",").append(quote(pair[1]));
                default -> options.put(pair[0], pair[1]);
            }
        }
        long now = Instant.now().getEpochSecond();
        StringBuilder platformClaim = new StringBuilder();
        platforms.forEach((country, list) -> platformClaim.append(platformClaim.isEmpty() ? "" : ",")
                .append(quote(country)).append(":[").append(list).append(']'));
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":" + quote(options.get("--kid")) + "}";
        String payload = "{\"iss\":" + quote(options.get("--issuer")) + ",\"aud\":[\"mineaction-api\"],\"sub\":"
                + quote(options.get("--subject")) + ",\"iat\":" + now + ",\"nbf\":" + now + ",\"exp\":"
                + (now + 60 * Long.parseLong(options.get("--minutes"))) + ",\"jti\":" + quote(UUID.randomUUID().toString())
                + ",\"platforms\":{" + platformClaim + "},\"roles\":[" + roles + "]}";
        String signingInput = base64Url(header) + "." + base64Url(payload);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(privateKey(Path.of(options.get("--key"))));
        rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println("Bearer " + signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign()));
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
