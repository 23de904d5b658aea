package org.mineaction.chassis.security;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which access tokens a service accepts: signed by a key published at {@code jwkSetUri} (the
 * identity provider in platform-service), issued by {@code issuer}, meant for {@code audience}.
 */
@ConfigurationProperties("mineaction.security")
public record AccessTokenProperties(String issuer, URI jwkSetUri, String audience, List<String> publicPaths) {

    public static final String DEFAULT_AUDIENCE = "mineaction-api";

    public AccessTokenProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("mineaction.security.issuer must name the token issuer");
        }
        audience = audience == null || audience.isBlank() ? DEFAULT_AUDIENCE : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
