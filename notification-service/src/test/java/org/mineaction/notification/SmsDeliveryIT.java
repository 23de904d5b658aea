package org.mineaction.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mineaction.testing.Eventually.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
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
import org.mineaction.notification.sms.SmsMessages;
import org.mineaction.notification.sms.domain.PhoneNumber;
import org.mineaction.notification.sms.domain.RequestSignature;
import org.mineaction.notification.sms.domain.SmsMessage;
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
 * The SMS channel against a real HTTP server standing in for the provider (never a mock of the
 * adapter), a real SMTP server for the e-mail fallback, and the notifications in the Mongo wire
 * server. The provider's clock is the arrival time of each request.
 */
@EmbeddedInfrastructure(database = "notification-sms")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SmsDeliveryIT {

    static final int SMTP_PORT = Mails.freePort();
    static final int HTTP_PORT = Mails.freePort();
    static final int RATE_PER_SECOND = 4;
    static final String CALLBACK_URL = "http://127.0.0.1:" + HTTP_PORT + "/api/v1/notifications/sms/status";
    static final FakeSmsProvider PROVIDER = new FakeSmsProvider();
    static final EmailContent FALLBACK = new EmailContent("Platform meeting on 10 December",
            "The quarterly meeting is on 10 December at 09:30.", "<p>The quarterly meeting is on 10 December.</p>");

    @RegisterExtension
    static final GreenMailExtension MAIL_SERVER = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("server.port", () -> HTTP_PORT);
        registry.add("mineaction.sms.provider.base-url", PROVIDER::baseUrl);
        registry.add("mineaction.sms.provider.account-sid", () -> FakeSmsProvider.ACCOUNT);
        registry.add("mineaction.sms.provider.auth-token", () -> FakeSmsProvider.TOKEN);
        registry.add("mineaction.sms.provider.from", () -> "+15005550006");
        registry.add("mineaction.sms.provider.status-callback-url", () -> CALLBACK_URL);
        registry.add("mineaction.sms.rate-per-second", () -> RATE_PER_SECOND);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    SmsMessages sms;

    @Autowired
    Notifications notifications;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Test
    void sendsAnSmsOnceWithItsSegmentsAndStatusCallback() {
        String phone = "+85512000001";
        IdempotencyKey key = queueSms(phone, "member1@example.org", "Réunion de la plateforme le 10/12 à 9h30.");
        queueSms(phone, "member1@example.org", "Réunion de la plateforme le 10/12 à 9h30."); // a replayed event

        eventually(() -> assertThat(stored(key)).containsEntry("status", "SENT").containsEntry("attempts", 1)
                .containsEntry("encoding", "GSM_7").containsEntry("segments", 1));
        List<FakeSmsProvider.Received> accepted = PROVIDER.acceptedFor(phone);
        assertThat(accepted).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo("+15005550006");
            assertThat(r.body()).isEqualTo("Réunion de la plateforme le 10/12 à 9h30.");
            assertThat(r.statusCallback()).isEqualTo(CALLBACK_URL);
        });
        assertThat(stored(key).getString("providerId")).isEqualTo(accepted.getFirst().sid());
    }

    @Test
    void theProvidersSignedStatusCallbackMarksItDelivered() throws Exception {
        String phone = "+85512000002";
        IdempotencyKey key = queueSms(phone, null, "Reminder: platform meeting tomorrow 09:30.");
        eventually(() -> assertThat(stored(key)).containsEntry("status", "SENT"));
        String sid = stored(key).getString("providerId");
        Map<String, String> callback = new LinkedHashMap<>();
        callback.put("MessageSid", sid);
        callback.put("MessageStatus", "delivered");
        callback.put("To", phone);
        callback.put("AccountSid", FakeSmsProvider.ACCOUNT);

        assertThat(postCallback(callback, "forged-signature")).isEqualTo(403);
        assertThat(stored(key)).containsEntry("status", "SENT");

        String signature = new RequestSignature(FakeSmsProvider.TOKEN).sign(CALLBACK_URL, callback);
        assertThat(postCallback(callback, signature)).isEqualTo(204);
        eventually(() -> assertThat(stored(key)).containsEntry("status", "DELIVERED")
                .extractingByKey("deliveredAt").isNotNull());
    }

    @Test
    void anInvalidNumberFailsOnlyThatSmsWithTheReasonAndFallsBackToEmail() throws Exception {
        String invalid = "+15005550001";
        PROVIDER.invalid(invalid);
        IdempotencyKey bad = queueSms(invalid, "no.mobile@example.org", "Reminder: platform meeting tomorrow.");
        IdempotencyKey good = queueSms("+85512000003", "member3@example.org", "Reminder: platform meeting tomorrow.");

        eventually(() -> assertThat(stored(bad)).containsEntry("status", "FAILED").containsEntry("attempts", 1));
        assertThat(stored(bad).getString("lastError")).contains("400", "21211", "not a valid phone number")
                .doesNotContain(invalid);
        eventually(() -> assertThat(stored(good)).containsEntry("status", "SENT"));
        MimeMessage fallback = awaitMailTo("no.mobile@example.org");
        assertThat(fallback.getSubject()).isEqualTo("Platform meeting on 10 December");
        assertThat(PROVIDER.receivedFor(invalid)).hasSize(1);
        assertThat(mailsTo("member3@example.org")).isEmpty();
    }

    @Test
    void retriesThroughAnOutageBehindTheBreakerAndSendsOnce() {
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("sms-http");
        List<CircuitBreaker.State> states = new CopyOnWriteArrayList<>();
        breaker.getEventPublisher().onStateTransition(event -> states.add(event.getStateTransition().getToState()));
        String phone = "+85512000004";
        PROVIDER.down(true);
        try {
            IdempotencyKey key = queueSms(phone, null, "Reminder: action point due in 3 days.");
            eventually(() -> assertThat(states).contains(CircuitBreaker.State.OPEN));
            eventually(() -> assertThat(stored(key)).containsEntry("status", "QUEUED")
                    .extractingByKey("lastError").asString().contains("500"));
            PROVIDER.down(false);

            eventually(() -> assertThat(stored(key)).containsEntry("status", "SENT"));
            assertThat(PROVIDER.acceptedFor(phone)).hasSize(1);
            assertThat(PROVIDER.receivedFor(phone).size()).as("attempts while down, then one accepted")
                    .isGreaterThan(1);
            eventually(() -> assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED));
        } finally {
            PROVIDER.down(false);
        }
    }

    @Test
    void aProviderThatTimesOutIsRetriedUntilItAnswers() {
        String phone = "+85512000011";
        PROVIDER.hang(true);
        try {
            IdempotencyKey key = queueSms(phone, null, "Reminder: Article 7 report due 30 April.");
            eventually(() -> assertThat(stored(key)).containsEntry("status", "QUEUED")
                    .extractingByKey("lastError").asString().containsIgnoringCase("timed out"));
            PROVIDER.hang(false);

            eventually(() -> assertThat(stored(key)).containsEntry("status", "SENT"));
            assertThat(PROVIDER.acceptedFor(phone)).hasSize(1);
        } finally {
            PROVIDER.hang(false);
        }
    }

    @Test
    void aTimeoutAfterTheProviderTookTheSmsIsNotSentAgain() {
        String phone = "+85512000012";
        int lookupsBefore = PROVIDER.lookups();
        PROVIDER.acceptSilently(true);
        try {
            IdempotencyKey key = queueSms(phone, null, "Reminder: quarterly meeting on 10 December, 09:30.");
            eventually(() -> assertThat(stored(key)).containsEntry("status", "QUEUED")
                    .extractingByKey("lastError").asString().containsIgnoringCase("timed out"));
            PROVIDER.acceptSilently(false);

            eventually(() -> assertThat(stored(key)).containsEntry("status", "SENT"));
            assertThat(PROVIDER.acceptedFor(phone)).as("taken once, before the timeout; never sent again")
                    .hasSize(1);
            assertThat(stored(key)).containsEntry("providerId", PROVIDER.acceptedFor(phone).getFirst().sid());
            assertThat(PROVIDER.lookups()).as("the retry asked the provider first").isGreaterThan(lookupsBefore);
        } finally {
            PROVIDER.acceptSilently(false);
        }
    }

    @Test
    void keepsTheSendersRateWithoutDelayingEmail() throws Exception {
        List<String> phones = IntStream.range(0, 6).mapToObj(i -> "+8551210000" + i).toList();
        Instant queuedAt = Instant.now();
        phones.forEach(phone -> queueSms(phone, null, "Minutes approved: see your e-mail."));
        EmailAddress member = new EmailAddress("rate.member@example.org");
        notifications.queue(Notification.queue(IdempotencyKey.of("minutes", UUID.randomUUID().toString(), member),
                "minutes", "KHM", member, "en", FALLBACK, Instant.now()));

        MimeMessage mail = awaitMailTo(member.value());
        Instant mailedAt = Instant.now();
        eventually(() -> assertThat(phones).allSatisfy(phone -> assertThat(PROVIDER.acceptedFor(phone)).hasSize(1)));
        Instant lastSms = phones.stream().map(phone -> PROVIDER.acceptedFor(phone).getFirst().at())
                .max(Instant::compareTo).orElseThrow();

        assertThat(mail).isNotNull();
        assertThat(mailedAt).as("the e-mail does not wait for the SMS queue").isBefore(lastSms);
        assertThat(Duration.between(queuedAt, lastSms)).isGreaterThanOrEqualTo(
                Duration.ofMillis(1000 / RATE_PER_SECOND * (phones.size() - 1) - 50));
        // Every request the provider ever got from this sender, in this class, respects the interval.
        List<Instant> arrivals = PROVIDER.received().stream().map(FakeSmsProvider.Received::at).sorted().toList();
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(Duration.between(arrivals.get(i - 1), arrivals.get(i)))
                    .as("gap before request %d", i).isGreaterThanOrEqualTo(Duration.ofMillis(1000 / RATE_PER_SECOND - 30));
        }
    }

    @Test
    void anSmsDueInTheMembersNightWaitsForTheirMorning() {
        ZoneId night = aZoneWhereItIsNight();
        String phone = "+85512000009";
        IdempotencyKey key = SmsMessage.keyFor("reminder", "quiet", new PhoneNumber(phone), UUID.randomUUID().toString());
        sms.queue(key, "reminder", "meeting", "KHM",
                new SmsMessage.Recipient(new PhoneNumber(phone), new EmailAddress("night@example.org"), night,
                        "m-night"), "en",
                "Reminder: platform meeting today.", FALLBACK);
        Instant morning = ZonedDateTime.of(LocalDate.now(night).plusDays(
                LocalTime.now(night).isBefore(LocalTime.of(8, 0)) ? 0 : 1), LocalTime.of(8, 0), night).toInstant();

        Document stored = stored(key);
        assertThat(stored).containsEntry("status", "QUEUED").containsEntry("attempts", 0);
        assertThat(((java.util.Date) stored.get("nextAttemptAt")).toInstant()).isEqualTo(morning);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> PROVIDER.receivedFor(phone).isEmpty());
        assertThat(mailsTo("night@example.org")).as("no e-mail instead either").isEmpty();
    }

    @Test
    void anOperatorReplaysADeadLetterAndItIsSentOnce() throws Exception {
        String phone = "+15005550002";
        PROVIDER.invalid(phone);
        IdempotencyKey key = queueSms(phone, null, "Minutes approved: action points inside.");
        eventually(() -> assertThat(stored(key)).containsEntry("status", "FAILED"));

        HttpResponse<String> listed = get("/api/v1/notifications/dead-letters");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"id\":\"" + key.value() + "\"", "\"channel\":\"SMS\"", "21211")
                .doesNotContain(phone, "+1500555");

        PROVIDER.valid(phone); // the operator had the number fixed at the provider
        assertThat(post("/api/v1/notifications/dead-letters/" + key.value() + "/replay")).isEqualTo(202);
        eventually(() -> assertThat(stored(key)).containsEntry("status", "SENT").containsEntry("attempts", 1));
        assertThat(post("/api/v1/notifications/dead-letters/" + key.value() + "/replay")).as("not failed any more")
                .isEqualTo(409);
        assertThat(post("/api/v1/notifications/dead-letters/" + "0".repeat(64) + "/replay")).isEqualTo(404);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                .until(() -> PROVIDER.acceptedFor(phone).size() == 1);
        assertThat(get("/api/v1/notifications/dead-letters").body()).doesNotContain(key.value());
    }

    @Test
    void publishesSentAndFailedThroughTheOutboxWithoutContactData() {
        String invalid = "+15005550003";
        String valid = "+85512000010";
        PROVIDER.invalid(invalid);
        IdempotencyKey failed = queueSms(invalid, "fallback.events@example.org", "Action point due in 3 days.");
        IdempotencyKey sent = queueSms(valid, null, "Action point due in 3 days.");

        eventually(() -> {
            List<ConsumerRecord<String, String>> records = KafkaTestRecords.readAll(bootstrap,
                    EventCatalogue.Topics.NOTIFICATION_EVENTS, 1);
            ConsumerRecord<String, String> sentEvent = about(records, sent);
            ConsumerRecord<String, String> failedEvent = about(records, failed);
            CatalogueAssertions.assertConformsToCatalogue(sentEvent);
            CatalogueAssertions.assertConformsToCatalogue(failedEvent);
            assertThat(CatalogueAssertions.header(sentEvent, "ce_type")).isEqualTo("org.mineaction.notification.sent.v1");
            assertThat(CatalogueAssertions.header(failedEvent, "ce_type"))
                    .isEqualTo("org.mineaction.notification.failed.v1");
            assertThat(sentEvent.key()).isEqualTo("KHM");
            assertThat(sentEvent.value()).contains("\"channel\":\"SMS\"", "\"category\":\"meeting\"");
            assertThat(failedEvent.value()).contains("21211");
            for (ConsumerRecord<String, String> event : List.of(sentEvent, failedEvent)) {
                assertThat(event.value()).doesNotContain(invalid, valid, "+1500", "example.org", "Action point");
            }
        });
        eventually(() -> assertThat(stored(sent).getList("outbox", Document.class)).as("relayed").isEmpty());
    }

    private static ConsumerRecord<String, String> about(List<ConsumerRecord<String, String>> records,
            IdempotencyKey key) {
        return records.stream().filter(r -> r.value().contains(key.value())).findFirst()
                .orElseThrow(() -> new AssertionError("no event about " + key));
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                    .header("Authorization", TestTokens.global("operator", GlobalRole.OPERATOR)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private int post(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                    .header("Authorization", TestTokens.global("operator", GlobalRole.OPERATOR))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private IdempotencyKey queueSms(String phone, String email, String text) {
        PhoneNumber number = new PhoneNumber(phone);
        IdempotencyKey key = SmsMessage.keyFor("reminder", "meeting-42", number, text);
        sms.queue(key, "reminder", "meeting", "KHM",
                new SmsMessage.Recipient(number, email == null ? null : new EmailAddress(email),
                        ZoneId.of("UTC"), "m" + phone),
                "fr", text, FALLBACK);
        return key;
    }

    /** A whole-hour zone where it is between 00:00 and 06:00 now, so the test never straddles the morning. */
    private static ZoneId aZoneWhereItIsNight() {
        for (int offset = -12; offset <= 14; offset++) {
            ZoneId zone = ZoneId.of(offset == 0 ? "Etc/UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
            int hour = LocalTime.now(zone).getHour();
            if (hour >= 1 && hour < 6) {
                return zone;
            }
        }
        throw new IllegalStateException("Some zone is always between 01:00 and 06:00");
    }

    private int postCallback(Map<String, String> form, String signature) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(CALLBACK_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private Document stored(IdempotencyKey key) {
        return mongo.getCollection("sms_messages").find(new Document("_id", key.value())).first();
    }

    private MimeMessage awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> mailsTo(address), mails -> !mails.isEmpty()).getFirst();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Mails.to(MAIL_SERVER, address);
    }

}
