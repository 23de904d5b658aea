package org.mineaction.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LetterTemplateTest {

    static final LetterTemplate REMINDER = new LetterTemplate("Reminder: {title}", List.of("{title} on {time}."),
            "Reply", "Reminder: {title}");

    @Test
    void writesInTheRequestedLanguageOrFallsBackToEnglish() {
        Set<String> available = Set.of("en", "fr", "es");
        assertThat(LetterTemplate.languageFor("fr", available)).isEqualTo("fr");
        assertThat(LetterTemplate.languageFor("es-CO", available)).isEqualTo("es");
        assertThat(LetterTemplate.languageFor("km", available)).isEqualTo("en");
        assertThat(LetterTemplate.languageFor(null, available)).isEqualTo("en");
    }

    @Test
    void showsAMomentInTheMembersZone() {
        Instant start = Instant.parse("2027-06-10T02:30:00Z");
        assertThat(LetterTemplate.localTime(start, ZoneId.of("Asia/Phnom_Penh"), "fr"))
                .contains("10 juin 2027", "09:30", "(Asia/Phnom_Penh)");
        assertThat(LetterTemplate.localTime(start, ZoneId.of("America/Bogota"), "es"))
                .contains("9 de junio de 2027", "21:30");
        assertThat(LetterTemplate.localDate(LocalDate.of(2027, 4, 30), "en")).isEqualTo("April 30, 2027");
    }

    @Test
    void escapesValuesInTheHtmlPartButNotInTheText() {
        EmailContent email = REMINDER.email("en", Map.of("title", "<b>Q1</b> & co", "time", "now"),
                "https://example.org/rsvp?a=1&b=2");
        assertThat(email.subject()).isEqualTo("Reminder: <b>Q1</b> & co");
        assertThat(email.text()).startsWith("Hello,").contains("<b>Q1</b> & co on now.",
                "Reply:\nhttps://example.org/rsvp?a=1&b=2");
        assertThat(email.html()).contains("&lt;b&gt;Q1&lt;/b&gt; &amp; co on now.",
                "href=\"https://example.org/rsvp?a=1&amp;b=2\"").doesNotContain("<b>Q1</b>");
        assertThat(REMINDER.sms(Map.of("title", "Q1"), "https://x.org/r")).isEqualTo("Reminder: Q1 https://x.org/r");
    }
}
