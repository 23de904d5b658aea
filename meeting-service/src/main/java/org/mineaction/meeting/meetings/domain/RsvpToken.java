package org.mineaction.meeting.meetings.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * The claim of a signed RSVP link: this member may answer this meeting's invitation until then.
 * The token is {@code base64url(claim) "." base64url(HMAC-SHA256(claim))}; no login is needed, so
 * the signature and the expiry are all that stand between a link and a forged answer.
 */
public record RsvpToken(String country, String meetingId, String memberId, Instant expiresAt) {

    private static final String VERSION = "r1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String sign(byte[] secret) {
        String claim = String.join("|", VERSION, country, meetingId, memberId,
                Long.toString(expiresAt.getEpochSecond()));
        byte[] bytes = claim.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(secret, bytes));
    }

    /** The claim of a token signed with {@code secret} and still valid at {@code now}; 400 otherwise. */
    public static RsvpToken verify(String token, byte[] secret, Instant now) {
        RsvpToken claim = read(token, secret);
        if (!now.isBefore(claim.expiresAt)) {
            throw new InvalidInputException("token", "This RSVP link has expired");
        }
        return claim;
    }

    private static RsvpToken read(String token, byte[] secret) {
        InvalidInputException invalid = new InvalidInputException("token", "This RSVP link is not valid");
        if (token == null || token.length() > 1000) {
            throw invalid;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw invalid;
        }
        try {
            byte[] claim = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(secret, claim))) {
                throw invalid;
            }
            String[] parts = new String(claim, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 5 || !VERSION.equals(parts[0])) {
                throw invalid;
            }
            return new RsvpToken(parts[1], parts[2], parts[3], Instant.ofEpochSecond(Long.parseLong(parts[4])));
        } catch (IllegalArgumentException e) {
            throw invalid;
        }
    }

    private static byte[] mac(byte[] secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
