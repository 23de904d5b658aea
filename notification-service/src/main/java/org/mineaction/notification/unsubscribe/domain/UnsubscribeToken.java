package org.mineaction.notification.unsubscribe.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in an unsubscribe link: names a member and a category, signed (HMAC-SHA256 with the
 * service's secret) so nobody can unsubscribe someone else or forge a category. It holds the member
 * id, never a contact: a forwarded e-mail leaks no address. It does not expire: RFC 8058 asks that
 * an unsubscribe link in an old message still works.
 *
 * <p>Form: {@code base64url("v1|memberId|category") "." base64url(hmac)}.
 */
public final class UnsubscribeToken {

    private static final String HMAC = "HmacSHA256";
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    public UnsubscribeToken(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("An unsubscribe secret has at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The member and category a valid token names. */
    public record Subject(String memberId, String category) {

        public Subject {
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(category, "category");
            if (memberId.isBlank() || memberId.contains("|") || category.isBlank() || category.contains("|")) {
                throw new IllegalArgumentException("Not a member id and category");
            }
        }
    }

    public String issue(Subject subject) {
        byte[] payload = (VERSION + "|" + subject.memberId() + "|" + subject.category()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The subject of a token this service issued; empty for anything else (tampered, truncated, other secret). */
    public Optional<Subject> verify(String token) {
        if (token == null || token.length() > 1024) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            return Optional.of(new Subject(parts[1], parts[2]));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
