package org.mineaction.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The invitation e-mail end to end: {@code MemberInvited} in over a real broker, the message out to
 * GreenMail, in the member's language with the link in both parts, once per invitation.
 */
@EmbeddedInfrastructure(database = "notification-invitations")
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MemberInvitationEmailIT {

    static final String TOPIC = EventCatalogue.Topics.PLATFORM_DELIVERY;
    static final String INVITED = EventCatalogue.Type.MEMBER_INVITED_DELIVERY.ceType();
    static final int SMTP_PORT = Mails.freePort();

    @RegisterExtension
    static final GreenMailExtension MAIL_SERVER = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void readsTheTopicInAGroupOfItsOwn() {
        assertThat(listeners.getListenerContainer("member-invited").getGroupId())
                .isEqualTo("notification-service.invitation");
    }

    @Test
    void sendsTheCatalogueExampleInFrenchWithTheLinkInBothParts() throws Exception {
        KafkaTestRecords.publish(bootstrap, TOPIC, INVITED, "KHM",
                CatalogueAssertions.example(EventCatalogue.Type.MEMBER_INVITED_DELIVERY));

        MimeMessage mail = awaitMailTo("sophea.chan@ngo.example.org");
        String link = "http://localhost:8080/invitations/q7Zx3v9LwB2mN5pR8sT1uY4aC6dE0fG-hJkLoPqRsTu";
        assertThat(mail.getSubject()).isEqualTo("Invitation à rejoindre Cambodia National Mine Action Platform");
        assertThat(mail.getHeader("Content-Language")).containsExactly("fr");
        Map<String, String> bodies = bodies(mail);
        assertThat(bodies).containsOnlyKeys("text/plain", "text/html");
        // Expires 2026-12-07T10:15Z, shown in Phnom Penh time (UTC+7).
        assertThat(bodies.get("text/plain")).startsWith("Bonjour,").contains(link, "en tant que membre",
                "Cambodia National Mine Action Platform", "7 décembre 2026", "17:15", "Asia/Phnom_Penh");
        assertThat(bodies.get("text/html")).contains("<html lang=\"fr\">", "href=\"" + link + "\"",
                "<strong>Cambodia National Mine Action Platform</strong>", "17:15");
    }

    @Test
    void theSameInvitationDeliveredTwiceSendsOneEmailAndANewInvitationAnother() {
        String email = "invitee-" + UUID.randomUUID() + "@example.org";
        String first = invitation(email, "es", "firstTokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Map<String, String> headers = KafkaTestRecords.cloudEventHeaders(UUID.randomUUID().toString(),
                "/platform-service", INVITED, "COL", Instant.now());
        KafkaTestRecords.publish(bootstrap, TOPIC, "COL", first, headers);
        KafkaTestRecords.publish(bootstrap, TOPIC, "COL", first, headers);
        awaitMailTo(email);

        // Invited again: a new link, so a new message; published after the replay, on one partition,
        // so once it arrived the replay was handled too.
        KafkaTestRecords.publish(bootstrap, TOPIC, INVITED, "COL",
                invitation(email, "es", "secondTokenBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> mailsTo(email).size() >= 2);

        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(2);
        assertThat(mails).allSatisfy(mail -> assertThat(mail.getSubject()).startsWith("Invitación a unirse a"));
    }

    static String invitation(String email, String language, String token) {
        return CatalogueAssertions.example(EventCatalogue.Type.MEMBER_INVITED_DELIVERY, event -> {
            event.put("countryCode", "COL");
            event.put("platformName", "Colombia platform");
            event.put("invitationUrl", "http://localhost:8080/invitations/" + token);
            ((ObjectNode) event.get("contact")).put("email", email).put("language", language)
                    .put("timeZone", "America/Bogota");
        });
    }

    private static MimeMessage awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> mailsTo(address), mails -> !mails.isEmpty()).getFirst();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Mails.to(MAIL_SERVER, address);
    }

    private static Map<String, String> bodies(Part part) throws MessagingException {
        Map<String, String> bodies = new HashMap<>();
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    bodies.putAll(bodies(child));
                }
            } else {
                bodies.put(new ContentType(part.getContentType()).getBaseType().toLowerCase(),
                        String.valueOf(part.getContent()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bodies;
    }

}
