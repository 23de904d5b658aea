package org.mineaction.testing.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A stand-in identity provider for one test JVM: one RSA key, its JWKS served over real HTTP the
 * way platform-service publishes it, so services under test verify tokens exactly as in
 * production. platform-service under test signs with the same key (see {@link #properties()}).
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "http://identity.test.mineaction.local";
    public static final String AUDIENCE = "mineaction-api";
    static final String KEY_ID = "test-signing-key";

    private static TestIdentityProvider instance;

    private final RSAKey signingKey;
    private final RSAKey strangerKey;
    private final URI jwkSetUri;

    private TestIdentityProvider() throws JOSEException, IOException {
        signingKey = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        // Same key id, different key: a token it signs must fail verification, not key lookup.
        strangerKey = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
        jwkSetUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks");
    }

    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            try {
                instance = new TestIdentityProvider();
            } catch (JOSEException | IOException e) {
                throw new IllegalStateException("Cannot start the test identity provider", e);
            }
        }
        return instance;
    }

    /** What a service under test needs to trust this provider (and platform-service to sign as it). */
    public Map<String, Object> properties() {
        return Map.of("mineaction.security.issuer", ISSUER,
                "mineaction.security.jwk-set-uri", jwkSetUri.toString(),
                "mineaction.identity.issuer", ISSUER,
                "mineaction.identity.jwk.private-key", privateKeyPem(),
                "mineaction.identity.jwk.key-id", KEY_ID);
    }

    public URI jwkSetUri() {
        return jwkSetUri;
    }

    RSAKey signingKey() {
        return signingKey;
    }

    RSAKey strangerKey() {
        return strangerKey;
    }

    private String privateKeyPem() {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(signingKey.toPrivateKey().getEncoded());
            return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
