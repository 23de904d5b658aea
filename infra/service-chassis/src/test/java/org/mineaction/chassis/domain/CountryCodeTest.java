package org.mineaction.chassis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mineaction.chassis.problem.InvalidInputException;

class CountryCodeTest {

    @Test
    void countryCodesAreIsoAlpha3InCapitals() {
        assertThat(CountryCode.isWellFormed("KHM")).isTrue();
        assertThat(CountryCode.isWellFormed("khm")).isFalse();
        assertThat(CountryCode.isWellFormed("KH")).isFalse();
        assertThat(CountryCode.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> new CountryCode("K1M")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CountryCode("khm")).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "KH", "KHMR", "123", ""})
    void refusesCodesThatAreNotIsoAlpha3Countries(String code) {
        assertThatThrownBy(() -> CountryCode.parse(code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ISO 3166-1 alpha-3");
    }

    @Test
    void parsesWhatPeopleTypeIntoTheCodeEveryServiceUses() {
        assertThat(CountryCode.parse(" khm ")).isEqualTo(new CountryCode("KHM"));
        assertThat(CountryCode.parse("Col").value()).isEqualTo("COL");
        assertThatThrownBy(() -> CountryCode.parse(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void takesAWellFormedCodeFromAnotherServiceAsItIs() {
        assertThat(new CountryCode("XXX").value()).as("no second opinion on the country list").isEqualTo("XXX");
    }

    @Test
    void reportsTheCountryCodeFieldAndOrdersByCode() {
        assertThatThrownBy(() -> CountryCode.parse("XYZ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.properties().toString()).contains("field=countryCode"));
        assertThat(new CountryCode("AGO")).isLessThan(new CountryCode("KHM"));
        assertThat(new CountryCode("KHM")).hasToString("KHM");
    }
}
