package org.mineaction.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * For measuring a service without the identity provider: an RS256 key of its own, its JWKS served
 * on a loopback port (point the service's {@code MINEACTION_JWKS_URI} at it), and access tokens
 * shaped as platform-service issues them. Plain JDK, nothing to trust outside a benchmark.
 */
final class SelfSignedTokens implements AutoCloseable {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    /** New per run, so a service that cached an earlier run's keys fetches the JWKS again. */
    private static final String KEY_ID = "benchmark-" + java.util.UUID.randomUUID();

    private final KeyPair keys;
    private final HttpServer server;
    private final String issuer;

    SelfSignedTokens(int port, String issuer) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
        this.issuer = issuer;
        byte[] jwks = jwks((RSAPublicKey) keys.getPublic()).getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
    }

    String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
    }

    /** "Bearer ..." for a person with one role on one country's platform, valid for two hours. */
    String bearer(String subject, String country, String role) throws GeneralSecurityException {
        return BenchmarkTokens.bearer(keys.getPrivate(), KEY_ID, issuer, subject,
                BenchmarkTokens.quote(country) + ":[" + BenchmarkTokens.quote(role) + "]", "", 7200);
    }

    private static String jwks(RSAPublicKey key) {
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}]}";
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return URL.encodeToString(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
