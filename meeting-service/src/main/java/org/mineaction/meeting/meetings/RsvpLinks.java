package org.mineaction.meeting.meetings;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.meetings.domain.RsvpToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the signed RSVP links of invitation e-mails ({@code PUBLIC_BASE_URL/api/v1/meetings/rsvp/{token}}).
 * A link is valid until the meeting ends; the secret comes from {@code RSVP_SECRET} (random per
 * start when unset: links then die with the process).
 */
@Component
public class RsvpLinks {

    private static final Logger log = LoggerFactory.getLogger(RsvpLinks.class);

    private final byte[] secret;
    private final String baseUrl;
    private final Clock clock;

    RsvpLinks(@Value("${mineaction.rsvp.secret:}") String secret,
            @Value("${mineaction.public-base-url:http://localhost:8080}") String baseUrl, Clock clock) {
        if (secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = random;
            log.warn("RSVP_SECRET is not set: RSVP links are signed with a random key and die on restart");
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    public RsvpToken claimFor(Meeting meeting, String memberId) {
        return new RsvpToken(meeting.country(), meeting.id(), memberId, meeting.schedule().endsAt());
    }

    public String url(RsvpToken claim) {
        return baseUrl + "/api/v1/meetings/rsvp/" + claim.sign(secret);
    }

    /** The claim of a genuine, unexpired token; a 400 problem otherwise. */
    public RsvpToken verify(String token) {
        return RsvpToken.verify(token, secret, Instant.now(clock));
    }
}
