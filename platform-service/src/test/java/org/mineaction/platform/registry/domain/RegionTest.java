package org.mineaction.platform.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;

class RegionTest {

    @Test
    void everyCountryButAntarcticaHasItsUnRegion() {
        Set<String> unmapped = new TreeSet<>();
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            if (Region.of(new CountryCode(code)).isEmpty()) {
                unmapped.add(code);
            }
        }
        assertThat(unmapped).containsExactly("ATA");
    }

    @Test
    void knowsTheRegionsOfMineAffectedStates() {
        assertThat(Region.of(new CountryCode("KHM"))).hasValue(Region.ASIA);
        assertThat(Region.of(new CountryCode("AGO"))).hasValue(Region.AFRICA);
        assertThat(Region.of(new CountryCode("COL"))).hasValue(Region.AMERICAS);
        assertThat(Region.of(new CountryCode("UKR"))).hasValue(Region.EUROPE);
        assertThat(Region.of(new CountryCode("PNG"))).hasValue(Region.OCEANIA);
    }
}
