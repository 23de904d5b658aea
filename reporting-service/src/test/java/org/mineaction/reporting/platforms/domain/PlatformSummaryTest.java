package org.mineaction.reporting.platforms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

class PlatformSummaryTest {

    private static final Instant REGISTERED = Instant.parse("2026-11-23T09:30:00Z");

    @Test
    void keepsAnImmutableCopyOfTheLanguages() {
        List<String> languages = new ArrayList<>(List.of("en", "fr"));
        PlatformSummary summary = new PlatformSummary(new CountryCode("KHM"), "Cambodia", languages,
                "Asia/Phnom_Penh", REGISTERED);
        languages.add("km");

        assertThat(summary.languages()).containsExactly("en", "fr");
    }

    @Test
    void refusesWhatTheCatalogueRefuses() {
        CountryCode khm = new CountryCode("KHM");
        assertThatThrownBy(() -> new PlatformSummary(khm, " ", List.of("en"), "UTC", REGISTERED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 200");
        assertThatThrownBy(() -> new PlatformSummary(khm, "Cambodia", List.of(), "UTC", REGISTERED))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PlatformSummary(khm, "Cambodia", List.of("EN"), "UTC", REGISTERED))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PlatformSummary(khm, "Cambodia", List.of("en"), "", REGISTERED))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PlatformSummary(khm, "Cambodia", List.of("en"), "UTC", null))
                .isInstanceOf(InvalidInputException.class);
    }
}
