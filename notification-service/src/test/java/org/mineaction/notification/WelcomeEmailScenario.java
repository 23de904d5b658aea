package org.mineaction.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mineaction.testing.Eventually.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.Address;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The welcome e-mail end to end: the registration in over a real broker, notifications in a real
 * Mongo wire server or MongoDB, the message out to a real SMTP server (GreenMail) on a fixed free
 * port, so a test can stop it and start it again. Subclasses choose broker and store.
 *
 * <p>The topic has one partition, so a marker event published last and seen delivered proves every
 * record before it was handled.
 */
@SpringBootTest
@ActiveProfiles("test")
// Close the context while broker and store still run, not in a JVM shutdown hook racing theirs:
// the dispatcher would wait on a store that is gone.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class WelcomeEmailScenario {

    static final String TOPIC = EventCatalogue.Topics.PLATFORM_DELIVERY;
    static final String DEAD_LETTERS = EventCatalogue.Topics.deadLetterOf(TOPIC);
    static final String REGISTERED = EventCatalogue.Type.PLATFORM_REGISTERED_DELIVERY.ceType();
    static final int SMTP_PORT = Mails.freePort();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger MARKERS = new AtomicInteger();

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
    MongoTemplate mongo;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Test
    void welcomesTheContactOfTheCatalogueExampleInTheirLanguage() throws Exception {
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "KHM",
                CatalogueAssertions.example(EventCatalogue.Type.PLATFORM_REGISTERED_DELIVERY));

        MimeMessage mail = awaitMailTo("secretariat@cmaa.example.org");
        assertThat(mail.getSubject())
                .isEqualTo("Bienvenue sur le Mine Action Platform Hub : Cambodia National Mine Action Platform");
        assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("platform-hub@mineaction.local");
        assertThat(mail.getHeader("Content-Language")).containsExactly("fr");
        IdempotencyKey key = key("KHM", "secretariat@cmaa.example.org");
        assertThat(mail.getMessageID()).isEqualTo("<" + key.value() + "@mineaction.local>");
        assertThat(mail.isMimeType("multipart/*")).isTrue();
        Map<String, String> bodies = bodies(mail);
        assertThat(bodies).containsOnlyKeys("text/plain", "text/html");
        assertThat(bodies.get("text/plain")).startsWith("Bonjour,").contains("Cambodia National Mine Action Platform",
                "Code pays: KHM");
        assertThat(bodies.get("text/html")).contains("<html lang=\"fr\">",
                "<strong>Cambodia National Mine Action Platform</strong>");
        eventually(() -> assertThat(stored(key)).containsEntry("status", "SENT").containsEntry("attempts", 1)
                .containsEntry("language", "fr").doesNotContainKeys("leaseToken", "leaseUntil")
                .extractingByKey("sentAt").isNotNull());
    }

    @Test
    void theSameRegistrationDeliveredAgainSendsNoSecondEmail() {
        String contact = "lead@nra-lao.example.org";
        String data = delivery("LAO", contact, "en");
        Map<String, String> headers = headers(UUID.randomUUID().toString(), "LAO");
        KafkaTestRecords.publish(bootstrap, TOPIC, "LAO", data, headers);
        KafkaTestRecords.publish(bootstrap, TOPIC, "LAO", data, headers);
        // Published again by the producer as a new event: still the same welcome.
        KafkaTestRecords.publish(bootstrap, TOPIC, "LAO", data, headers(UUID.randomUUID().toString(), "LAO"));

        awaitMailTo(contact);
        awaitEverythingPublishedSoFar();

        assertThat(mailsTo(contact)).hasSize(1);
        assertThat(mongo.getCollection("notifications").countDocuments(new Document("countryCode", "LAO")))
                .isEqualTo(1);
    }

    @Test
    void acceptsFieldsItDoesNotKnowAndWritesInSpanish() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(delivery("COL", "contacto@daicma.example.org", "es"));
        event.put("status", "ACTIVE");
        event.putObject("champion").put("organisation", "Norway").put("rotation", "yearly");
        ((ObjectNode) event.get("contact")).put("name", "Secretaría técnica").put("phone", "+57 1 555 0100");
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "COL", JSON.writeValueAsString(event));

        MimeMessage mail = awaitMailTo("contacto@daicma.example.org");
        assertThat(mail.getSubject()).isEqualTo("Bienvenida al Mine Action Platform Hub: Colombia platform");
        assertThat(mail.getHeader("Content-Language")).containsExactly("es");
        assertThat(bodies(mail).get("text/plain")).startsWith("Hola:");
    }

    @Test
    void writesInEnglishToAContactWhoseLanguageHasNoLetter() throws Exception {
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "AFG", delivery("AFG", "dmac@afg.example.org", "ps"));

        MimeMessage mail = awaitMailTo("dmac@afg.example.org");
        assertThat(mail.getSubject()).isEqualTo("Welcome to the Mine Action Platform Hub: Afghanistan platform");
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
    }

    @Test
    void parksMalformedRecordsAndCarriesOn() {
        KafkaTestRecords.publish(bootstrap, TOPIC, "BAD", "{\"countryCode\": \"BAD\", \"contact\": ",
                headers(UUID.randomUUID().toString(), "BAD"));
        KafkaTestRecords.publish(bootstrap, TOPIC, "HDR", delivery("HDR", "hdr@example.org", "en"),
                Map.of("content-type", "application/json"));
        ObjectNode noContact = (ObjectNode) JSON.readTree(delivery("RUL", "rul@example.org", "en"));
        noContact.remove("contact");
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "RUL", JSON.writeValueAsString(noContact));
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "PER", delivery("PER", "contraminas@per.example.org", "es"));

        awaitMailTo("contraminas@per.example.org");
        // Other features read the topic in groups of their own (the recipient directory): a record that
        // is no CloudEvent at all fails there too and is parked once per group; the others only here.
        eventually(() -> {
            List<ConsumerRecord<String, String>> parked = KafkaTestRecords.readAll(bootstrap, DEAD_LETTERS, 3);
            assertThat(parked).extracting(ConsumerRecord::key).containsOnly("BAD", "HDR", "RUL")
                    .contains("BAD", "HDR", "RUL").filteredOn(key -> !key.equals("HDR"))
                    .containsExactlyInAnyOrder("BAD", "RUL");
        });
        assertThat(mailsTo("hdr@example.org")).isEmpty();
    }

    @Test
    void sendsExactlyOnceWhenTheMailServerComesBack() {
        String contact = "focal.point@zmac.example.org";
        IdempotencyKey key = key("ZWE", contact);
        MAIL_SERVER.stop();

        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, "ZWE", delivery("ZWE", contact, "en"));
        eventually(() -> {
            Document waiting = stored(key);
            assertThat(waiting).isNotNull().containsEntry("status", "QUEUED");
            assertThat(waiting.getInteger("attempts")).as("failed attempts").isPositive();
            assertThat(waiting.getString("lastError")).isNotBlank();
        });

        MAIL_SERVER.start();
        awaitMailTo(contact);
        eventually(() -> assertThat(stored(key)).containsEntry("status", "SENT"));
        assertThat(mailsTo(contact)).hasSize(1);
    }

    @Test
    void consumesInTheGroupOfTheService() {
        assertThat(listeners.getListenerContainer("platform-delivery").getGroupId()).isEqualTo("notification-service");
    }

    @Test
    void guardsTheMailServerWithTheConfiguredCircuitBreaker() {
        CircuitBreakerConfig smtp = circuitBreakers.circuitBreaker("smtp").getCircuitBreakerConfig();

        assertThat(smtp.getMinimumNumberOfCalls()).isEqualTo(2);
        assertThat(smtp.getSlidingWindowSize()).isEqualTo(4);
        assertThat(smtp.getFailureRateThreshold()).isEqualTo(50f);
    }

    private Document stored(IdempotencyKey key) {
        return mongo.getCollection("notifications").find(new Document("_id", key.value())).first();
    }

    private static IdempotencyKey key(String country, String contact) {
        return IdempotencyKey.of("welcome", country, new EmailAddress(contact));
    }

    /** The catalogue example, re-addressed to another platform and contact so tests do not share a welcome. */
    static String delivery(String country, String email, String language) {
        return CatalogueAssertions.example(EventCatalogue.Type.PLATFORM_REGISTERED_DELIVERY, event -> {
            event.put("countryCode", country);
            event.put("name", switch (country) {
                case "COL" -> "Colombia platform";
                case "AFG" -> "Afghanistan platform";
                default -> "Platform " + country;
            });
            ((ObjectNode) event.get("contact")).put("email", email).put("language", language);
        });
    }

    static Map<String, String> headers(String id, String country) {
        return KafkaTestRecords.cloudEventHeaders(id, "/platform-service", REGISTERED, country, Instant.now());
    }

    private void awaitEverythingPublishedSoFar() {
        int n = MARKERS.getAndIncrement();
        String marker = "Q" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
        String contact = "marker-" + n + "@example.org";
        KafkaTestRecords.publish(bootstrap, TOPIC, REGISTERED, marker, delivery(marker, contact, "en"));
        awaitMailTo(contact);
    }

    private MimeMessage awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> mailsTo(address), mails -> !mails.isEmpty()).getFirst();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Mails.to(MAIL_SERVER, address);
    }

    /** The leaf parts of a message by content type, e.g. text/plain and text/html. */
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
