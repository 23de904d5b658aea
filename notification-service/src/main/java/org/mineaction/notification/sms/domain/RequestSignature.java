package org.mineaction.notification.sms.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature an SMS provider puts on its callbacks (Twilio's {@code X-Twilio-Signature}
 * scheme): Base64 of HMAC-SHA1, keyed with the account's auth token, over the full URL the
 * provider called followed by every POST parameter, sorted by name, as name then value with no
 * separator. A callback without the right signature did not come from the provider.
 */
public final class RequestSignature {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private final byte[] authToken;

    public RequestSignature(String authToken) {
        if (authToken == null || authToken.isEmpty()) {
            throw new IllegalArgumentException("No auth token to check signatures with");
        }
        this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(String url, Map<String, String> parameters) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(authToken, HMAC_SHA1));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA1", e);
        }
    }

    /** Compares in constant time, so the check leaks nothing about the expected signature. */
    public boolean verify(String url, Map<String, String> parameters, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] expected = sign(url, parameters).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
