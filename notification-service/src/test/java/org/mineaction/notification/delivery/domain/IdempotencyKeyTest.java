package org.mineaction.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.InvalidInputException;

class IdempotencyKeyTest {

    private static final EmailAddress CONTACT = new EmailAddress("secretariat@cmaa.example.org");

    @Test
    void isTheSha256OfKindSubjectAndRecipient() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("welcome|KHM|secretariat@cmaa.example.org".getBytes(StandardCharsets.UTF_8)));

        assertThat(IdempotencyKey.of("welcome", "KHM", CONTACT).value()).isEqualTo(expected).hasSize(64);
    }

    @Test
    void isTheSameForEveryDeliveryOfTheSameOccurrence() {
        assertThat(IdempotencyKey.of("welcome", "KHM", CONTACT))
                .isEqualTo(IdempotencyKey.of("welcome", "KHM", new EmailAddress("Secretariat@CMAA.example.org")));
        assertThat(IdempotencyKey.of("reminder", "KHM", CONTACT, "2027-03-01"))
                .isEqualTo(IdempotencyKey.of("reminder", "KHM", CONTACT, "2027-03-01"));
    }

    @Test
    void differsForAnotherKindSubjectRecipientOrOccurrence() {
        IdempotencyKey welcome = IdempotencyKey.of("welcome", "KHM", CONTACT);

        assertThat(IdempotencyKey.of("reminder", "KHM", CONTACT)).isNotEqualTo(welcome);
        assertThat(IdempotencyKey.of("welcome", "LAO", CONTACT)).isNotEqualTo(welcome);
        assertThat(IdempotencyKey.of("welcome", "KHM", new EmailAddress("lead@cmaa.example.org"))).isNotEqualTo(welcome);
        assertThat(IdempotencyKey.of("reminder", "KHM", CONTACT, "2027-03-01"))
                .isNotEqualTo(IdempotencyKey.of("reminder", "KHM", CONTACT, "2027-06-01"));
    }

    @Test
    void exposesNoAddress() {
        IdempotencyKey key = IdempotencyKey.of("welcome", "KHM", CONTACT);

        assertThat(key.toString()).doesNotContain("cmaa").matches("[0-9a-f]{64}");
        assertThat(CONTACT.toString()).isEqualTo("s***@cmaa.example.org");
    }

    @Test
    void givesAStableMessageId() {
        IdempotencyKey key = IdempotencyKey.of("welcome", "KHM", CONTACT);

        assertThat(key.messageId("mineaction.local")).isEqualTo("<" + key.value() + "@mineaction.local>");
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        assertThatThrownBy(() -> new EmailAddress("secretariat")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new EmailAddress("a@b.org\r\nBcc: x@y.org")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new EmailAddress(null)).isInstanceOf(InvalidInputException.class);
    }
}
