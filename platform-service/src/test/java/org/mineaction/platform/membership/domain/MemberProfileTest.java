package org.mineaction.platform.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;

class MemberProfileTest {

    static final PlatformContext CAMBODIA = new PlatformContext(new CountryCode("KHM"), "fr",
            ZoneId.of("Asia/Phnom_Penh"));

    static MemberProfile.Draft draft(String email, String phone, String language) {
        return new MemberProfile.Draft("  Sophea Chan ", "org-1", "secretariat", List.of("technical", "POLITICAL"),
                email, phone, language, null, null, null, null, null, null);
    }

    @Test
    void normalisesAValidDraftAndFillsThePlatformsDefaults() {
        MemberProfile profile = MemberProfile.validate(draft(" Sophea@NGO.example.org ", "012 345 678", null), CAMBODIA);

        assertThat(profile.name()).isEqualTo("Sophea Chan");
        assertThat(profile.role()).isEqualTo(PlatformRole.SECRETARIAT);
        assertThat(profile.components()).containsExactlyInAnyOrder(PlatformComponent.TECHNICAL, PlatformComponent.POLITICAL);
        assertThat(profile.email().value()).isEqualTo("Sophea@NGO.example.org");
        assertThat(profile.phone().e164()).isEqualTo("+85512345678");
        assertThat(profile.language().code()).isEqualTo("fr");
        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Asia/Phnom_Penh"));
        assertThat(profile.preferences()).isEqualTo(NotificationPreferences.defaults());
        assertThat(profile.demographics().isEmpty()).isTrue();
    }

    @Test
    void emailAddressesDifferingOnlyInCaseAreTheSameMember() {
        assertThat(new EmailAddress("Sophea@NGO.example.org").key())
                .isEqualTo(new EmailAddress("sophea@ngo.EXAMPLE.org ").key())
                .isEqualTo("sophea@ngo.example.org");
        assertThat(new EmailAddress("a@ngo.example.org").key()).isNotEqualTo(new EmailAddress("b@ngo.example.org").key());
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        MemberProfile.Draft bad = new MemberProfile.Draft(" ", "", "KING", List.of("TECHNICAL", "MILITARY"), "nobody",
                "12", "xx", "Mars/Olympus", Map.of("PIGEON", List.of("MINUTES")), "unknown", "ANCIENT", null, null);

        assertThatThrownBy(() -> MemberProfile.validate(bad, CAMBODIA)).isInstanceOfSatisfying(
                InvalidMemberException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("name", "organisationId", "role", "components", "email", "phone", "language",
                                "timeZone", "notificationPreferences", "gender", "ageGroup"));
    }

    @Test
    void acceptsLanguagesOfIso6391Only() {
        assertThat(new PreferredLanguage("ES").code()).isEqualTo("es");
        assertThatThrownBy(() -> new PreferredLanguage("spa")).hasMessageContaining("ISO 639-1");
        assertThatThrownBy(() -> new PreferredLanguage("zz")).hasMessageContaining("ISO 639-1");
    }

    @Test
    void readsPreferencesAndKeepsCriticalMessagesOn() {
        MemberProfile.Draft draft = new MemberProfile.Draft("A", "org-1", null, null, "a@b.org", null, "en",
                "Europe/Paris", Map.of("sms", List.of()), "female", "age-25-39", true, null);

        MemberProfile profile = MemberProfile.validate(draft, CAMBODIA);

        assertThat(profile.role()).isEqualTo(PlatformRole.MEMBER);
        assertThat(profile.preferences().enabled(NotificationChannel.SMS)).containsExactly(NotificationCategory.CRITICAL);
        assertThat(profile.demographics()).isEqualTo(new Demographics(Gender.FEMALE, AgeGroup.AGE_25_39, true, null));
    }
}
