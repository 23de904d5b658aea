package org.mineaction.platform.membership.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * Proof that a member agreed to the processing of their data: which version of the text they
 * accepted and when. The time is taken from the server, never from the client.
 */
public record Consent(Instant givenAt, String textVersion) {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    public Consent {
        Objects.requireNonNull(givenAt, "givenAt");
        if (textVersion == null || !VERSION.matcher(textVersion).matches()) {
            throw new InvalidInputException("consentTextVersion",
                    "must name the consent text version, 1 to 32 letters, digits, '.', '_' or '-'");
        }
    }
}
