package org.mineaction.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordEncodingTest {

    private final PasswordEncoder encoder = PasswordEncoding.encoder();

    @Test
    void hashesWithArgon2AndNeverKeepsThePassword() {
        String hash = encoder.encode("correct horse battery");

        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(encoder.matches("wrong horse battery", hash)).isFalse();
    }

    @Test
    void stillVerifiesBcryptHashes() {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("correct horse battery");

        assertThat(encoder.matches("correct horse battery", bcrypt)).isTrue();
    }
}
