package org.mineaction.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.testing.Eventually.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.delivery.domain.NotificationStatus;
import org.mineaction.notification.recipients.Recipients;
import org.mineaction.notification.recipients.domain.MessageCategory;
import org.mineaction.notification.recipients.domain.Recipient;
import org.mineaction.notification.recipients.domain.RecipientStatus;
import org.mineaction.notification.sms.domain.PhoneNumber;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.mineaction.notification.sms.domain.SmsSegments;
import org.mineaction.notification.sms.domain.SmsStatus;
import org.mineaction.notification.sms.persistence.SmsStore;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.EmbeddedInfrastructure;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The recipient directory end to end, from the catalogue's examples of the member delivery events
 * on a real broker to the {@code recipients} collection; and erasure: contact data gone, queued
 * e-mails and SMS cancelled and never sent (a real SMTP server shows nothing arrived), no address
 * left in the delivery log.
 */
@EmbeddedInfrastructure(database = "notification-recipients")
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RecipientsIT {

    static final String TOPIC = EventCatalogue.Topics.PLATFORM_DELIVERY;
    static final int SMTP_PORT = Mails.freePort();

    @RegisterExtension
    static final GreenMailExtension MAIL_SERVER = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    Recipients recipients;

    @Autowired
    Notifications notifications;

    @Autowired
    SmsStore smsStore;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void keepsHowToReachTheMemberFromTheCatalogueExampleButNotTheirName() {
        String id = UUID.randomUUID().toString();
        publish(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, event(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, id),
                Instant.now());

        eventually(() -> assertThat(recipients.find(id)).hasValueSatisfying(recipient -> {
            assertThat(recipient.status()).isEqualTo(RecipientStatus.INVITED);
            assertThat(recipient.countryCode()).isEqualTo(new CountryCode("KHM"));
            assertThat(recipient.contact()).isEqualTo(new Recipient.Contact(
                    new EmailAddress("sophea.chan@ngo.example.org"), new PhoneNumber("+85512345678"), "fr",
                    ZoneId.of("Asia/Phnom_Penh")));
            assertThat(recipient.preferences().get(Channel.SMS)).containsExactlyInAnyOrder(MessageCategory.CRITICAL,
                    MessageCategory.DEADLINES, MessageCategory.REMINDERS);
            assertThat(recipient.receives(Channel.EMAIL, MessageCategory.MINUTES)).isTrue();
            assertThat(recipient.receives(Channel.SMS, MessageCategory.MINUTES)).isFalse();
        }));
        // The role decides who gets the secretariat's and the lead's reminders; the name is not kept.
        assertThat(stored(id).keySet()).containsExactlyInAnyOrder("_id", "countryCode", "email", "phone", "language",
                "timeZone", "preferences", "status", "lastEventTime", "lastEventId", "role", "_class");
        assertThat(stored(id).getString("role")).isEqualTo("MEMBER");
    }

    @Test
    void theSameEventDeliveredTwiceIsRecordedOnceAndAnOlderOneChangesNothing() {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Map<String, String> headers = headers(UUID.randomUUID().toString(),
                EventCatalogue.Type.MEMBER_UPDATED_DELIVERY, now);
        String updated = CatalogueAssertions.example(EventCatalogue.Type.MEMBER_UPDATED_DELIVERY,
                e -> ((ObjectNode) e.put("memberId", id).get("contact")).put("email", "new.address@ngo.example.org"));
        KafkaTestRecords.publish(bootstrap, TOPIC, "KHM", updated, headers);
        KafkaTestRecords.publish(bootstrap, TOPIC, "KHM", updated, headers);
        publish(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, event(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, id),
                now.minusSeconds(60));

        awaitEverythingPublishedSoFar();

        assertThat(mongo.getCollection("recipients").countDocuments(new Document("_id", id))).isEqualTo(1);
        assertThat(stored(id)).containsEntry("lastEventId", headers.get("ce_id"))
                .containsEntry("email", "new.address@ngo.example.org").containsEntry("status", "ACTIVE");
    }

    @Test
    void aMemberWhoLeftReceivesNothingMore() {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, event(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, id), now);
        publish(EventCatalogue.Type.MEMBER_LEFT_DELIVERY, event(EventCatalogue.Type.MEMBER_LEFT_DELIVERY, id),
                now.plusSeconds(1));

        eventually(() -> assertThat(recipients.find(id)).hasValueSatisfying(recipient -> {
            assertThat(recipient.status()).isEqualTo(RecipientStatus.LEFT);
            assertThat(recipient.receives(Channel.EMAIL, MessageCategory.CRITICAL)).isFalse();
        }));
    }

    @Test
    void erasureDeletesTheContactDataAndCancelsWhatWasStillToBeSent() {
        String id = UUID.randomUUID().toString();
        EmailAddress address = new EmailAddress("erased." + id.substring(0, 8) + "@ngo.example.org");
        Instant now = Instant.now();
        publish(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, CatalogueAssertions.example(
                EventCatalogue.Type.MEMBER_JOINED_DELIVERY,
                e -> ((ObjectNode) e.put("memberId", id).get("contact")).put("email", address.value())), now);
        eventually(() -> assertThat(recipients.find(id)).isPresent());

        // Queued for tomorrow morning: still waiting when the erasure comes.
        Instant later = now.plus(Duration.ofHours(12));
        IdempotencyKey email = IdempotencyKey.of("meeting-reminder", "KHM", address, id);
        notifications.queue(new Notification(email, "meeting-reminder", "KHM", address, "fr",
                new EmailContent("Rappel", "Réunion demain", "<p>Réunion demain</p>"), NotificationStatus.QUEUED, 0,
                now, later, null, null, id, "meeting-reminder"));
        IdempotencyKey sms = IdempotencyKey.of("meeting-reminder-sms", "KHM", address, id);
        smsStore.insertIfAbsent(new SmsMessage(sms, "meeting-reminder", "meeting-reminder", "KHM",
                new SmsMessage.Recipient(new PhoneNumber("+85512345678"), address, ZoneId.of("Asia/Phnom_Penh"), id),
                "fr", "Réunion demain", SmsSegments.of("Réunion demain"), null, SmsStatus.QUEUED, 0, now, later, null,
                null, null, null));
        assertThat(storedEmail(email)).containsEntry("recipient", address.value()).containsEntry("status", "QUEUED");

        publish(EventCatalogue.Type.MEMBER_ERASED_DELIVERY, event(EventCatalogue.Type.MEMBER_ERASED_DELIVERY, id),
                now.plusSeconds(1));

        eventually(() -> assertThat(recipients.find(id)).hasValue(Recipient.erased(id, new CountryCode("KHM"))));
        assertThat(stored(id).keySet()).containsExactlyInAnyOrder("_id", "countryCode", "status", "lastEventTime",
                "lastEventId", "_class");
        assertThat(storedEmail(email)).containsEntry("status", "SKIPPED").containsEntry("lastError", "member erased")
                .doesNotContainKeys("recipient", "subject", "text", "html", "nextAttemptAt");
        Document storedSms = mongo.getCollection("sms_messages").find(new Document("_id", sms.value())).first();
        assertThat(storedSms).containsEntry("status", "SKIPPED").containsEntry("lastError", "member erased")
                .doesNotContainKeys("phone", "email", "text", "nextAttemptAt");

        // Even when its time comes, nothing goes: a message due now to someone else is sent, theirs never.
        mongo.getCollection("notifications").updateOne(new Document("_id", email.value()),
                new Document("$set", new Document("nextAttemptAt", java.util.Date.from(now))));
        EmailAddress other = new EmailAddress("still.member@ngo.example.org");
        notifications.queue(Notification.queueFor("other-member", "meeting-reminder",
                IdempotencyKey.of("meeting-reminder", "KHM", other, id), "meeting-reminder", "KHM", other, "en",
                new EmailContent("Reminder", "Meeting tomorrow", "<p>Meeting tomorrow</p>"), Instant.now()));
        eventually(() -> assertThat(mailsTo(other.value())).hasSize(1));
        assertThat(mailsTo(address.value())).isEmpty();
        assertThat(storedEmail(email)).containsEntry("status", "SKIPPED");

        // A late update cannot bring the contact data back.
        publish(EventCatalogue.Type.MEMBER_UPDATED_DELIVERY, event(EventCatalogue.Type.MEMBER_UPDATED_DELIVERY, id),
                now.plusSeconds(5));
        awaitEverythingPublishedSoFar();
        assertThat(stored(id)).containsEntry("status", "ERASED").doesNotContainKeys("email", "phone");
    }

    @Test
    void consumesInAGroupOfItsOwnSoTheOtherDeliveryListenersStillSeeEveryEvent() {
        assertThat(listeners.getListenerContainer("member-delivery").getGroupId())
                .isEqualTo("notification-service.recipients");
    }

    static String event(EventCatalogue.Type type, String id) {
        return CatalogueAssertions.example(type, e -> e.put("memberId", id));
    }

    private Document stored(String id) {
        return mongo.getCollection("recipients").find(new Document("_id", id)).first();
    }

    private Document storedEmail(IdempotencyKey key) {
        return mongo.getCollection("notifications").find(new Document("_id", key.value())).first();
    }

    private void publish(EventCatalogue.Type type, String data, Instant time) {
        KafkaTestRecords.publish(bootstrap, TOPIC, "KHM", data, headers(UUID.randomUUID().toString(), type, time));
    }

    /** One partition, events in order: once a marker published last is recorded, everything before it was handled. */
    private void awaitEverythingPublishedSoFar() {
        String marker = "marker-" + UUID.randomUUID();
        publish(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, event(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, marker),
                Instant.now());
        eventually(() -> assertThat(recipients.find(marker)).isPresent());
    }

    static Map<String, String> headers(String id, EventCatalogue.Type type, Instant time) {
        return KafkaTestRecords.cloudEventHeaders(id, "/platform-service", type.ceType(), "KHM", time);
    }

    private static List<MimeMessage> mailsTo(String to) {
        return Mails.to(MAIL_SERVER, to);
    }

}
