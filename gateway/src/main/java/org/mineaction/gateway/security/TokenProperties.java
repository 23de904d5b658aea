package org.mineaction.gateway.security;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens the gateway accepts (the same issuer, keys and audience as every service) and which
 * paths need none: the identity provider's own pages, and API paths that carry their own
 * credential (signed links in e-mails, a provider's signed callbacks).
 */
@ConfigurationProperties("mineaction.security")
public record TokenProperties(String issuer, URI jwkSetUri, String audience, List<String> publicPaths) {

    public TokenProperties {
        if (issuer == null || issuer.isBlank() || jwkSetUri == null) {
            throw new IllegalArgumentException("mineaction.security.issuer and jwk-set-uri must be set");
        }
        audience = audience == null || audience.isBlank() ? "mineaction-api" : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
