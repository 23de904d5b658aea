package org.mineaction.platform.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.InvalidInputException;

class PasswordRulesTest {

    @Test
    void acceptsALongPassphrase() {
        assertThatCode(() -> PasswordRules.check("correct horse battery", "lead@cmaa.example.org")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("exactly12chr", "lead@cmaa.example.org")).doesNotThrowAnyException();
    }

    @Test
    void refusesShortPasswords() {
        assertThatThrownBy(() -> PasswordRules.check("eleven chrs", "a@b.org"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> PasswordRules.check(null, "a@b.org")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesTheEmailAddressOrItsLocalPart() {
        assertThatThrownBy(() -> PasswordRules.check("Lead.Person@cmaa.example.org", "lead.person@cmaa.example.org"))
                .hasMessageContaining("e-mail");
        assertThatThrownBy(() -> PasswordRules.check("averylongname", "averylongname@cmaa.example.org"))
                .hasMessageContaining("e-mail");
    }

    @Test
    void refusesBlankAndOverlongPasswords() {
        assertThatThrownBy(() -> PasswordRules.check(" ".repeat(20), "a@b.org")).hasMessageContaining("blanks");
        assertThatThrownBy(() -> PasswordRules.check("x".repeat(129), "a@b.org")).hasMessageContaining("at most 128");
    }
}
