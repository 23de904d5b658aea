package org.mineaction.chassis.web;

import java.net.URI;

/** Problem type URIs: stable identifiers clients can branch on; the page explains the problem. */
public final class ProblemTypes {

    public static final String BASE = "https://mineaction.org/problems/";

    public static final URI VALIDATION_FAILED = of("validation-failed");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI CONCURRENT_MODIFICATION = of("concurrent-modification");

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }

    private ProblemTypes() {
    }
}
