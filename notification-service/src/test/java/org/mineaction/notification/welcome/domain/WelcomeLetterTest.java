package org.mineaction.notification.welcome.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;

class WelcomeLetterTest {

    private static final String NAME = "Cambodia National Mine Action Platform";

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "en, en", "fr, fr", "es, es", "FR, fr", "es-CO, es", "fr_CA, fr",
            "de, en", "km, en", "'', en", "null, en"})
    void writesInTheContactsLanguageOrElseInEnglish(String requested, String written) {
        assertThat(WelcomeLetter.languageFor(requested)).isEqualTo(written);
    }

    @Test
    void theSubjectNamesThePlatformInEachLanguage() {
        assertThat(letter("en").subject()).isEqualTo("Welcome to the Mine Action Platform Hub: " + NAME);
        assertThat(letter("fr").subject()).isEqualTo("Bienvenue sur le Mine Action Platform Hub : " + NAME);
        assertThat(letter("es").subject()).isEqualTo("Bienvenida al Mine Action Platform Hub: " + NAME);
        assertThat(letter("de").subject()).isEqualTo(letter("en").subject());
    }

    @Test
    void bothBodiesCarryTheRegisteredDetailsInTheLettersLanguage() {
        EmailContent french = letter("fr");

        assertThat(french.text()).startsWith("Bonjour,").contains(NAME, "(KHM)", "Code pays: KHM",
                "Fuseau horaire: Asia/Phnom_Penh", "anglais", "français", "2026", "(Asia/Phnom_Penh)");
        assertThat(french.html()).contains("<html lang=\"fr\">", "<strong>" + NAME + "</strong>", "Code pays",
                "Asia/Phnom_Penh");
        assertThat(letter("es").text()).startsWith("Hola:").contains("Zona horaria: Asia/Phnom_Penh", "inglés");
        assertThat(letter("en").text()).startsWith("Hello,").contains("Working languages: English, French");
    }

    @Test
    void showsTheRegistrationTimeInThePlatformsTimeZone() {
        // 09:30 UTC is 16:30 in Phnom Penh.
        assertThat(letter("en").text()).containsPattern("Registered on: November 23, 2026.*4:30.PM \\(Asia/Phnom_Penh\\)");
    }

    @Test
    void aPlatformNameCannotInjectMarkup() {
        PlatformWelcome welcome = new PlatformWelcome("KHM", "<script>alert('x')</script> & Co", List.of("en"),
                "Asia/Phnom_Penh", Instant.parse("2026-11-23T09:30:00Z"), new EmailAddress("a@b.org"), "en");

        EmailContent content = WelcomeLetter.compose(welcome);

        assertThat(content.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
        assertThat(content.text()).contains("<script>alert('x')</script> & Co");
    }

    @Test
    void anUnknownTimeZoneDoesNotStopTheLetter() {
        PlatformWelcome welcome = new PlatformWelcome("KHM", NAME, List.of("en"), "Mars/Olympus_Mons",
                Instant.parse("2026-11-23T09:30:00Z"), new EmailAddress("a@b.org"), "en");

        assertThat(WelcomeLetter.compose(welcome).text()).contains("(Z)", "Time zone: Mars/Olympus_Mons");
    }

    private static EmailContent letter(String language) {
        return WelcomeLetter.compose(new PlatformWelcome("KHM", NAME, List.of("en", "fr"), "Asia/Phnom_Penh",
                Instant.parse("2026-11-23T09:30:00Z"), new EmailAddress("secretariat@cmaa.example.org"), language));
    }
}
