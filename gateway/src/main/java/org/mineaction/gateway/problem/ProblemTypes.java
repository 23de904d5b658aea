package org.mineaction.gateway.problem;

import java.net.URI;

/**
 * Problem type URIs of the errors the gateway itself produces. Same base as the services use, so a
 * client can branch on {@code type} without knowing which process answered.
 */
public final class ProblemTypes {

    static final String BASE = "https://mineaction.org/problems/";

    public static final URI SERVICE_UNAVAILABLE = URI.create(BASE + "service-unavailable");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }

    private ProblemTypes() {
    }
}
