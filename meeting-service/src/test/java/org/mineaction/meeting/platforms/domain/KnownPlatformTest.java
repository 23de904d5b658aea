package org.mineaction.meeting.platforms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

class KnownPlatformTest {

    private static final CountryCode KHM = new CountryCode("KHM");

    @Test
    void keepsAnImmutableCopyOfTheLanguages() {
        List<String> languages = new ArrayList<>(List.of("en", "fr"));
        KnownPlatform platform = new KnownPlatform(KHM, "Cambodia", languages, "Asia/Phnom_Penh");
        languages.add("km");

        assertThat(platform.languages()).containsExactly("en", "fr");
    }

    @Test
    void needsATimeZoneMeetingsCanBeScheduledIn() {
        assertThatThrownBy(() -> new KnownPlatform(KHM, "Cambodia", List.of("en"), "Asia/Atlantis"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("IANA");
        assertThatThrownBy(() -> new KnownPlatform(KHM, "Cambodia", List.of("en"), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new KnownPlatform(KHM, "Cambodia", List.of("en"), "UTC").timeZone()).isEqualTo("UTC");
    }

    @Test
    void refusesWhatTheCatalogueRefuses() {
        assertThatThrownBy(() -> new KnownPlatform(KHM, "", List.of("en"), "UTC"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new KnownPlatform(KHM, "x".repeat(201), List.of("en"), "UTC"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new KnownPlatform(KHM, "Cambodia", List.of("english"), "UTC"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CountryCode("khm")).isInstanceOf(InvalidInputException.class);
    }
}
