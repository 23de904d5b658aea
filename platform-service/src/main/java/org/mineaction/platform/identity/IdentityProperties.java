package org.mineaction.platform.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.mineaction.platform.identity.domain.GlobalRole;
import org.mineaction.platform.identity.domain.ThrottlePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity provider ({@code mineaction.identity.*}); secrets come from the
 * environment only (see application.yml).
 *
 * @param issuer         the public URL tokens name as {@code iss}: the gateway's, not this service's
 * @param accessTokenTtl how long an access token is valid
 */
@ConfigurationProperties("mineaction.identity")
public record IdentityProperties(String issuer, Duration accessTokenTtl, Jwk jwk, WebClient webClient,
        List<MachineClient> clients, Operator operator, Throttle throttle) {

    public IdentityProperties {
        issuer = issuer == null || issuer.isBlank() ? "http://localhost:8080" : issuer;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        jwk = jwk == null ? new Jwk(null, null, false) : jwk;
        webClient = webClient == null ? new WebClient(null, null, null) : webClient;
        clients = clients == null ? List.of() : List.copyOf(clients);
        operator = operator == null ? new Operator(null, null) : operator;
        throttle = throttle == null ? new Throttle(null, null) : throttle;
    }

    /**
     * The RS256 signing key.
     *
     * @param privateKey       PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}) of an RSA key of at least 2048 bits
     * @param generateIfAbsent local and test only: make a key at start when none is configured
     */
    public record Jwk(String privateKey, String keyId, boolean generateIfAbsent) {

        public Jwk {
            keyId = keyId == null || keyId.isBlank() ? "mineaction-1" : keyId;
        }
    }

    /** The browser client: public, authorization code with PKCE only. */
    public record WebClient(String clientId, List<String> redirectUris, List<String> postLogoutRedirectUris) {

        public WebClient {
            clientId = clientId == null || clientId.isBlank() ? "mineaction-web" : clientId;
            redirectUris = redirectUris == null ? List.of() : redirectUris.stream().filter(u -> !u.isBlank()).toList();
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of()
                    : postLogoutRedirectUris.stream().filter(u -> !u.isBlank()).toList();
        }
    }

    /** A machine client using client credentials; one without a secret is not registered. */
    public record MachineClient(String id, String secret, Set<GlobalRole> roles) {

        public MachineClient {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        @Override
        public String toString() {
            return "MachineClient[id=" + id + ", roles=" + roles + "]";
        }
    }

    /** The operator account created at start when absent. */
    public record Operator(String email, String password) {

        @Override
        public String toString() {
            return "Operator[email=" + email + "]";
        }
    }

    /** Failed sign-ins per account and per client address. */
    public record Throttle(ThrottlePolicy account, ThrottlePolicy address) {

        public Throttle {
            account = account == null ? new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15)) : account;
            address = address == null ? new ThrottlePolicy(50, Duration.ofMinutes(15), Duration.ofMinutes(15)) : address;
        }
    }
}
