package org.mineaction.notification.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {

    /** The example of Twilio's documentation of its request validation. */
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, String> PARAMS = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+12349013030",
            "Digits", "1234", "From", "+12349013030", "To", "+18005551212");
    private final RequestSignature signature = new RequestSignature("12345");

    @Test
    void signsLikeTheProviderDocumentsIt() {
        assertThat(signature.sign(URL, PARAMS)).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(signature.verify(URL, PARAMS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
    }

    @Test
    void rejectsATamperedParameterAnotherUrlOrAnotherToken() {
        Map<String, String> tampered = new HashMap<>(PARAMS);
        tampered.put("Digits", "9999");

        assertThat(signature.verify(URL, tampered, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(signature.verify("https://evil.example.org/myapp.php?foo=1&bar=2", PARAMS,
                "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(new RequestSignature("54321").verify(URL, PARAMS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
    }

    @Test
    void rejectsAMissingSignature() {
        assertThat(signature.verify(URL, PARAMS, null)).isFalse();
        assertThat(signature.verify(URL, PARAMS, " ")).isFalse();
    }

    @Test
    void needsAToken() {
        assertThatThrownBy(() -> new RequestSignature("")).isInstanceOf(IllegalArgumentException.class);
    }
}
