package org.mineaction.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<String, String> options = new LinkedHashMap<>(Map.of("--key", System.getenv().getOrDefault("LOCAL_SIGNING_KEY", ".local/identity/token-signing-key.pem"),
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
        StringBuilder platformClaim = new StringBuilder();
        platforms.forEach((country, list) -> platformClaim.append(platformClaim.isEmpty() ? "" : ",")
                .append(quote(country)).append(":[").append(list).append(']'));
        System.out.println(BenchmarkTokens.bearer(privateKey(Path.of(options.get("--key"))), options.get("--kid"),
                options.get("--issuer"), options.get("--subject"), platformClaim.toString(), roles.toString(),
                60 * Long.parseLong(options.get("--minutes"))));
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String quote(String value) {
        return BenchmarkTokens.quote(value);
    }
}
