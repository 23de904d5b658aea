package org.mineaction.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BenchmarkTokensTest {

    @Test
    void signsAnRs256TokenTheKeyVerifiesWithTheClaimsPlatformServiceIssues() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();

        String bearer = BenchmarkTokens.bearer(keys.getPrivate(), "kid-1", "http://localhost:8080", "sec-1",
                "\"KHM\":[\"SECRETARIAT\"]", "", 600);

        assertThat(bearer).startsWith("Bearer ");
        String[] parts = bearer.substring("Bearer ".length()).split("\\.");
        assertThat(parts).hasSize(3);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(keys.getPublic());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"iss\":\"http://localhost:8080\"", "\"aud\":[\"mineaction-api\"]",
                "\"sub\":\"sec-1\"", "\"platforms\":{\"KHM\":[\"SECRETARIAT\"]}", "\"roles\":[]");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
                .contains("\"alg\":\"RS256\"", "\"kid\":\"kid-1\"");
    }
}
