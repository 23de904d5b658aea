package org.mineaction.platform.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

class PhoneNumberTest {

    private static final CountryCode CAMBODIA = new CountryCode("KHM");
    private static final CountryCode COLOMBIA = new CountryCode("COL");

    @Test
    void readsANationalNumberAsOneOfThePlatformsCountry() {
        assertThat(PhoneNumber.parse("012 345 678", CAMBODIA).e164()).isEqualTo("+85512345678");
        assertThat(PhoneNumber.parse("321 456 7890", COLOMBIA).e164()).isEqualTo("+573214567890");
    }

    @Test
    void keepsTheCountryOfAnInternationalNumber() {
        assertThat(PhoneNumber.parse("+33 6 12 34 56 78", CAMBODIA).e164()).isEqualTo("+33612345678");
        assertThat(PhoneNumber.parse("+855-12-345-678", COLOMBIA).e164()).isEqualTo("+85512345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a number", "123", "+855 99", "+999 1234 5678", "012 345 678 901 234", ""})
    void refusesWhatIsNoValidNumber(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw, CAMBODIA)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).properties().toString()).contains("phone"));
    }

    @Test
    void refusesAFixedLineThatCannotReceiveSms() {
        // +33 1 ... is a Paris landline.
        assertThatThrownBy(() -> PhoneNumber.parse("+33 1 42 68 53 00", CAMBODIA)).hasMessageContaining("mobile");
    }

    @Test
    void storedFormMustBeE164() {
        assertThatThrownBy(() -> new PhoneNumber("012345678")).isInstanceOf(InvalidInputException.class);
        assertThat(new PhoneNumber("+85512345678").e164()).isEqualTo("+85512345678");
    }
}
