package org.mineaction.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mineaction.testing.Eventually.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.testing.security.TestTokens;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.delivery.domain.RetryPolicy;
import org.mineaction.notification.delivery.persistence.NotificationStore;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mails to members end to end, on a real SMTP server: one-click unsubscribe (RFC 8058: the
 * e-mail carries the headers, the mail client's POST to the link records the opt-out, the next
 * message of that category is not sent while other categories and critical messages still are),
 * the NotificationSent event, and an operator's replay of a failed e-mail.
 */
@EmbeddedInfrastructure(database = "notification-unsubscribe")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MemberEmailIT {

    static final int SMTP_PORT = Mails.freePort();
    static final int HTTP_PORT = Mails.freePort();
    static final String BASE_URL = "http://127.0.0.1:" + HTTP_PORT;
    static final Pattern HTTPS_LINK = Pattern.compile("<(http[^>]+)>");

    @RegisterExtension
    static final GreenMailExtension MAIL_SERVER = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("server.port", () -> HTTP_PORT);
        registry.add("mineaction.unsubscribe.base-url", () -> BASE_URL);
        registry.add("mineaction.unsubscribe.secret", () -> "unsubscribe-it-secret-0123456789");
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    Notifications notifications;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    NotificationStore store;

    static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(5));

    @Test
    void oneClickStopsThatCategoryOnly() throws Exception {
        EmailAddress member = new EmailAddress("reminded@example.org");
        queue("member-1", "meeting-reminder", member, "Reminder 7 days");
        MimeMessage first = awaitMails(member, 1).getFirst();

        String listUnsubscribe = first.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe).contains("<mailto:unsubscribe@mineaction.local?subject=unsubscribe%20");
        assertThat(first.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        Matcher link = HTTPS_LINK.matcher(listUnsubscribe);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).startsWith(BASE_URL + "/api/v1/notifications/unsubscribe/");

        assertThat(oneClick(link.group(1))).isEqualTo(204);
        assertThat(oneClick(link.group(1))).as("idempotent").isEqualTo(204);

        IdempotencyKey skipped = queue("member-1", "meeting-reminder", member, "Reminder 1 day");
        queue("member-1", "minutes", member, "Minutes approved");
        queue("member-1", "meeting-cancellation", member, "Meeting cancelled");

        List<MimeMessage> mails = awaitMails(member, 3);
        eventually(() -> assertThat(stored(skipped)).containsEntry("status", "SKIPPED")
                .containsEntry("lastError", "the member opted out of meeting-reminder"));
        assertThat(mails).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Reminder 7 days", "Minutes approved", "Meeting cancelled");
        assertThat(mails.stream().filter(m -> subject(m).equals("Meeting cancelled")).findFirst().orElseThrow()
                .getHeader("List-Unsubscribe")).as("no opt-out from a cancellation").isNull();
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(member).size() == 3);
    }

    @Test
    void anotherMembersRemindersStillGo() {
        EmailAddress other = new EmailAddress("other@example.org");
        mongo.getCollection("opt_outs").insertOne(new Document("_id", "member-9|meeting-reminder"));

        queue("member-2", "meeting-reminder", other, "Reminder for member 2");

        assertThat(awaitMails(other, 1)).hasSize(1);
    }

    @Test
    void aForgedTokenIsNotFoundAndACriticalCategoryCannotBeOptedOutOf() throws Exception {
        assertThat(oneClick(BASE_URL + "/api/v1/notifications/unsubscribe/bWVtYmVy.Zm9yZ2Vk")).isEqualTo(404);
        String critical = new org.mineaction.notification.unsubscribe.domain.UnsubscribeToken(
                "unsubscribe-it-secret-0123456789").issue(
                new org.mineaction.notification.unsubscribe.domain.UnsubscribeToken.Subject("member-3",
                        "meeting-cancellation"));
        assertThat(oneClick(BASE_URL + "/api/v1/notifications/unsubscribe/" + critical)).isEqualTo(409);
        assertThat(mongo.getCollection("opt_outs").countDocuments(new Document("_id", "member-3|meeting-cancellation")))
                .isZero();
    }

    @Test
    void theWelcomeIsTransactionalAndCarriesNoUnsubscribeHeaders() throws Exception {
        EmailAddress contact = new EmailAddress("contact@example.org");
        notifications.queue(Notification.queue(IdempotencyKey.of("welcome", "ZZZ", contact), "welcome", "ZZZ", contact,
                "en", new EmailContent("Welcome", "Hello", "<p>Hello</p>"), Instant.now()));

        assertThat(awaitMails(contact, 1).getFirst().getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void aSentEmailIsReportedWithoutItsAddress() {
        EmailAddress member = new EmailAddress("reported@example.org");
        IdempotencyKey key = queue("member-5", "minutes", member, "Minutes of the Q4 meeting");
        awaitMails(member, 1);

        eventually(() -> {
            ConsumerRecord<String, String> sent = KafkaTestRecords.readAll(bootstrap,
                    EventCatalogue.Topics.NOTIFICATION_EVENTS, 1).stream()
                    .filter(r -> r.value().contains(key.value())).findFirst()
                    .orElseThrow(() -> new AssertionError("no event about " + key));
            CatalogueAssertions.assertConformsToCatalogue(sent);
            assertThat(sent.value()).contains("\"channel\":\"EMAIL\"", "\"category\":\"minutes\"",
                    "\"status\":\"SENT\"").doesNotContain("reported@example.org", "member-5", "Minutes of");
        });
    }

    @Test
    void aFailedEmailReplayedByAnOperatorIsDeliveredOnce() throws Exception {
        EmailAddress member = new EmailAddress("replayed@example.org");
        IdempotencyKey key = IdempotencyKey.of("minutes", "replay", member, UUID.randomUUID().toString());
        // What the dispatcher stores when the mail server refused the address for good.
        store.insertIfAbsent(Notification.queueFor("member-6", "minutes", key, "minutes", "KHM", member, "en",
                new EmailContent("Minutes to replay", "Minutes", "<p>Minutes</p>"), Instant.now())
                .attemptFailed("550 5.1.1 mailbox unavailable", true, Instant.now(), RETRY));

        assertThat(replay(key)).isEqualTo(202);
        assertThat(replay(key)).as("a second replay while the first is queued or sent").isEqualTo(409);

        assertThat(awaitMails(member, 1)).extracting(MimeMessage::getSubject).containsExactly("Minutes to replay");
        eventually(() -> assertThat(stored(key)).containsEntry("status", "SENT").containsEntry("attempts", 1));
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> mailsTo(member).size() == 1);
    }

    private static int replay(IdempotencyKey key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/notifications/dead-letters/"
                + key.value() + "/replay")).header("Authorization", TestTokens.global("operator", GlobalRole.OPERATOR))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private IdempotencyKey queue(String memberId, String category, EmailAddress to, String subject) {
        IdempotencyKey key = IdempotencyKey.of(category, subject, to, UUID.randomUUID().toString());
        notifications.queue(Notification.queueFor(memberId, category, key, category, "KHM", to, "en",
                new EmailContent(subject, subject, "<p>" + subject + "</p>"), Instant.now()));
        return key;
    }

    /** What a mail client does for RFC 8058: POST the one-click body to the https link. */
    private static int oneClick(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private Document stored(IdempotencyKey key) {
        return mongo.getCollection("notifications").find(new Document("_id", key.value())).first();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> awaitMails(EmailAddress to, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(to), mails -> mails.size() >= count);
    }

    private static List<MimeMessage> mailsTo(EmailAddress to) {
        return Mails.to(MAIL_SERVER, to.value());
    }

}
