package org.mineaction.notification.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;

class InvitationLetterTest {

    static final String LINK = "https://hub.example.org/invitations/abcDEF123_-abcDEF123_-abcDEF123_-abcDEF123_";

    static MemberInvitation invitation(String language, String timeZone, String platformName) {
        return new MemberInvitation("m-1", "COL", platformName, "SECRETARIAT", new EmailAddress("ana@example.org"),
                language, timeZone, LINK, Instant.parse("2026-12-07T10:15:00Z"));
    }

    @Test
    void writesInSpanishWithTheExpiryInTheMembersZoneAndTheLinkInBothParts() {
        EmailContent letter = InvitationLetter.compose(invitation("es-CO", "America/Bogota", "Plataforma Colombia"));

        assertThat(letter.subject()).isEqualTo("Invitación a unirse a Plataforma Colombia");
        assertThat(letter.text()).startsWith("Hola:").contains("como secretaría", LINK, "7 de diciembre de 2026", "5:15 (America/Bogota)");
        assertThat(letter.html()).contains("<html lang=\"es\">", "href=\"" + LINK + "\"", "5:15");
    }

    @Test
    void fallsBackToEnglishForALanguageWithoutALetterAndToUtcForAnUnknownZone() {
        EmailContent letter = InvitationLetter.compose(invitation("km", "Mars/Olympus", "Cambodia platform"));

        assertThat(letter.subject()).isEqualTo("Invitation to join Cambodia platform");
        assertThat(letter.text()).contains("as secretariat", "10:15", "(Z)");
        assertThat(InvitationLetter.languageFor(null)).isEqualTo("en");
    }

    @Test
    void escapesThePlatformNameInTheHtmlPart() {
        EmailContent letter = InvitationLetter.compose(invitation("en", "UTC", "<script>x</script> & Co"));

        assertThat(letter.html()).doesNotContain("<script>").contains("&lt;script&gt;x&lt;/script&gt; &amp; Co");
        assertThat(letter.text()).contains("<script>x</script> & Co");
    }
}
