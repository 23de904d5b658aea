package org.mineaction.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    @Test
    void readsAPkcs8PemAndDerivesThePublicKey() throws Exception {
        RSAKey generated = SigningKeys.generate();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generated.toPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        RSAKey loaded = SigningKeys.fromPem(pem, "key-2026");

        assertThat(loaded.getKeyID()).isEqualTo("key-2026");
        assertThat(loaded.toRSAPublicKey()).isEqualTo(generated.toRSAPublicKey());
    }

    @Test
    void refusesToStartWithoutAKeyUnlessGeneratingIsAllowed() {
        assertThatThrownBy(() -> SigningKeys.load(new IdentityProperties.Jwk(null, null, false)))
                .hasMessageContaining("MINEACTION_JWK_PRIVATE_KEY");
        assertThat(SigningKeys.load(new IdentityProperties.Jwk(" ", null, true)).isPrivate()).isTrue();
    }

    @Test
    void refusesSomethingThatIsNoKey() {
        assertThatThrownBy(() -> SigningKeys.fromPem("-----BEGIN PRIVATE KEY-----\nbm9wZQ==\n-----END PRIVATE KEY-----", "k"))
                .hasMessageContaining("PKCS#8");
    }
}
