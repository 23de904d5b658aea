package org.mineaction.platform.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void registersAnActivePlatformWithNormalisedCodes() {
        Platform platform = Platform.register(" khm ", "  Cambodia platform ", List.of("FR", "en"),
                "Asia/Phnom_Penh", "lead@cmaa.example.org", NOW);

        assertThat(platform.country().value()).isEqualTo("KHM");
        assertThat(platform.name()).isEqualTo("Cambodia platform");
        assertThat(platform.languages().codes()).containsExactly("fr", "en");
        assertThat(platform.languages().primary()).isEqualTo("fr");
        assertThat(platform.status()).isEqualTo(PlatformStatus.ACTIVE);
        assertThat(platform.registeredAt()).isEqualTo(NOW);
    }

    @Test
    void refusesUnknownOrRepeatedLanguages() {
        assertThatThrownBy(() -> new WorkingLanguages(List.of("en", "xx"))).hasMessageContaining("'xx'");
        assertThatThrownBy(() -> new WorkingLanguages(List.of("en", "EN"))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new WorkingLanguages(List.of())).hasMessageContaining("at least one");
    }

    @Test
    void refusesUnknownTimeZonesAndBadContacts() {
        assertThatThrownBy(() -> Platform.register("KHM", "n", List.of("en"), "Mars/Olympus", "a@b.org", NOW))
                .hasMessageContaining("IANA time zone");
        assertThatThrownBy(() -> Platform.register("KHM", "n", List.of("en"), "UTC", "not-an-address", NOW))
                .hasMessageContaining("e-mail");
        assertThatThrownBy(() -> Platform.register("KHM", " ", List.of("en"), "UTC", "a@b.org", NOW))
                .hasMessageContaining("1 to 200 characters");
    }

    @Test
    void aNewPlatformMeetsQuarterlyInItsCountrysRegion() {
        Platform platform = Platform.register("COL", "Colombia", List.of("es"), "America/Bogota", "a@b.org", NOW);

        assertThat(platform.region()).isEqualTo(Region.AMERICAS);
        assertThat(platform.cadence()).isEqualTo(MeetingCadence.QUARTERLY);
        assertThat(platform.focusObjective()).isNull();
    }

    @Test
    void settingsChangeWhatTheLeadMayAndKeepTheRest() {
        Platform platform = Platform.register("COL", "Colombia", List.of("es"), "America/Bogota", "a@b.org", NOW);

        Platform changed = platform.withSettings(new Platform.Settings("Colombia platform", List.of("es", "en"),
                "America/Bogota", null, "org-1", null, null, "victim-assistance", "suspended"));

        assertThat(changed.name()).isEqualTo("Colombia platform");
        assertThat(changed.cadence()).as("missing means quarterly").isEqualTo(MeetingCadence.QUARTERLY);
        assertThat(changed.region()).isEqualTo(Region.AMERICAS);
        assertThat(changed.focusObjective()).isEqualTo(FocusObjective.VICTIM_ASSISTANCE);
        assertThat(changed.status()).isEqualTo(PlatformStatus.SUSPENDED);
        assertThat(changed.namedOrganisations()).containsExactly("org-1");
        assertThat(changed.contactEmail()).isEqualTo("a@b.org");
        assertThat(changed.registeredAt()).isEqualTo(NOW);
        assertThat(changed.withSettings(new Platform.Settings("Colombia platform", List.of("es"), "America/Bogota",
                null, null, null, null, null, null)).status()).as("missing status keeps it").isEqualTo(PlatformStatus.SUSPENDED);
        assertThatThrownBy(() -> platform.withSettings(new Platform.Settings("n", List.of("es"), "UTC", null, null,
                null, "WEEKLY", null, null))).hasMessageContaining("MONTHLY");
        assertThatThrownBy(() -> platform.withSettings(new Platform.Settings("n", List.of("es"), "UTC", "ATLANTIS",
                null, null, null, null, null))).hasMessageContaining("EUROPE");
    }
}
