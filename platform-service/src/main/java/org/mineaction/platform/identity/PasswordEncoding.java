package org.mineaction.platform.identity;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords and client secrets are hashed with Argon2id (Spring Security's 5.8 defaults: 16 MiB,
 * 2 iterations). Hashes carry their algorithm ({@code {argon2}...}), so bcrypt hashes (cost 12)
 * still verify and the default can change later without a migration.
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

    static final String DEFAULT = "argon2";

    @Bean
    PasswordEncoder passwordEncoder() {
        return encoder();
    }

    static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(DEFAULT, Map.of(
                DEFAULT, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(12)));
    }
}
