package org.mineaction.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.testing.MongoWireServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The service stopped while it is sending a batch and started again: every due message reaches
 * the SMTP server exactly once. Two application contexts in turn on the same store, broker and mail
 * server, as two runs of one instance.
 */
@EmbeddedKafka(partitions = 1, topics = {Topics.PLATFORM_EVENTS, Topics.PLATFORM_DELIVERY,
        Topics.NOTIFICATION_EVENTS}, brokerProperties = "group.initial.rebalance.delay.ms=0")
class DispatcherRestartIT {

    static final int SMTP_PORT = Mails.freePort();
    static final int MESSAGES = 400;

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void everyDueMessageIsSentExactlyOnceAcrossAStopMidBatchAndARestart(EmbeddedKafkaBroker broker) {
        ConfigurableApplicationContext first = start(broker);
        Notifications notifications = first.getBean(Notifications.class);
        Instant now = Instant.now();
        EmailContent content = new EmailContent("Quarterly meeting on 10 December",
                "The quarterly meeting is on 10 December.", "<p>The quarterly meeting is on 10 December.</p>");
        List<Notification> due = IntStream.range(0, MESSAGES).mapToObj(i -> {
            EmailAddress to = new EmailAddress("restart-" + i + "@example.org");
            return Notification.queueFor("restart-member-" + i, "minutes", IdempotencyKey.of("restart", "KHM", to),
                    "restart", "KHM", to, "en", content, now);
        }).toList();
        assertThat(notifications.queueAll(due)).isEqualTo(MESSAGES);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                .until(() -> MAIL.getReceivedMessages().length >= 30);
        first.close();
        int beforeRestart = MAIL.getReceivedMessages().length;

        ConfigurableApplicationContext second = start(broker);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> MAIL.getReceivedMessages().length >= MESSAGES);
            // Whatever the second run might still send twice would arrive within a few polls.
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        } finally {
            second.close();
        }
        Map<String, Long> perRecipient = Arrays.stream(MAIL.getReceivedMessages())
                .collect(Collectors.groupingBy(DispatcherRestartIT::recipient, Collectors.counting()));
        assertThat(beforeRestart).as("stopped mid-way").isLessThan(MESSAGES);
        assertThat(perRecipient).hasSize(MESSAGES);
        assertThat(perRecipient.values()).as("each exactly once").allMatch(count -> count == 1);
    }

    private static ConfigurableApplicationContext start(EmbeddedKafkaBroker broker) {
        return new SpringApplicationBuilder(NotificationApplication.class).profiles("test").run(Mails.arguments(
                Map.<String, Object>of(
                        "spring.mongodb.uri", MongoWireServer.uri("notification-restart"),
                        "spring.kafka.bootstrap-servers", broker.getBrokersAsString(),
                        "spring.mail.host", "127.0.0.1",
                        "spring.mail.port", SMTP_PORT,
                        "server.port", 0,
                        "mineaction.notifications.delivery.batch-size", 25,
                        // A lease a dead run left behind frees up quickly; a clean stop leaves none.
                        "mineaction.notifications.delivery.lease", "5s")));
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
