package org.mineaction.platform.identity;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RS256 key that signs every token: from {@code MINEACTION_JWK_PRIVATE_KEY} (PKCS#8 PEM; the
 * public key is derived from it), or, where allowed (local and test), generated at start.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final int MIN_BITS = 2048;

    private SigningKeys() {
    }

    static RSAKey load(IdentityProperties.Jwk jwk) {
        if (jwk.privateKey() != null && !jwk.privateKey().isBlank()) {
            return fromPem(jwk.privateKey(), jwk.keyId());
        }
        if (!jwk.generateIfAbsent()) {
            throw new IllegalStateException("No token signing key: set MINEACTION_JWK_PRIVATE_KEY (RSA, PKCS#8 PEM) "
                    + "and MINEACTION_JWK_KEY_ID");
        }
        log.warn("No MINEACTION_JWK_PRIVATE_KEY set: generated a signing key at start. Tokens issued now "
                + "will NOT verify after a restart; set MINEACTION_JWK_PRIVATE_KEY outside local and test.");
        return generate();
    }

    static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MIN_BITS);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
                    .keyID("generated-" + UUID.randomUUID()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    static RSAKey fromPem(String pem, String keyId) {
        String base64 = pem.replaceAll("-----(BEGIN|END) (RSA )?PRIVATE KEY-----", "").replaceAll("\\s", "");
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("MINEACTION_JWK_PRIVATE_KEY is PKCS#1; convert it with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem'");
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (privateKey.getModulus().bitLength() < MIN_BITS) {
                throw new IllegalStateException("The token signing key must have at least " + MIN_BITS + " bits");
            }
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(keyId).build();
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("MINEACTION_JWK_PRIVATE_KEY is not an RSA private key in PKCS#8 PEM", e);
        }
    }
}
