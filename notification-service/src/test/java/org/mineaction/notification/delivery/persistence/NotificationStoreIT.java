package org.mineaction.notification.delivery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.delivery.domain.NotificationStatus;
import org.mineaction.notification.delivery.domain.RetryPolicy;
import org.mineaction.testing.MongoWireServer;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The lease that keeps two dispatchers (or one restarted) from sending the same notification. */
class NotificationStoreIT {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final EmailAddress CONTACT = new EmailAddress("secretariat@cmaa.example.org");

    private static final MongoTemplate mongo = MongoWireServer.template("notification-store");
    private NotificationStore store;

    @BeforeEach
    void emptyStore() {
        mongo.getCollection(NotificationDocument.COLLECTION).deleteMany(new Document());
        store = new NotificationStore(mongo);
    }

    @Test
    void aNotificationIsStoredOncePerIdempotencyKey() {
        assertThat(store.insertIfAbsent(welcome("KHM", NOW))).isTrue();
        assertThat(store.insertIfAbsent(welcome("KHM", NOW.plusSeconds(5)))).isFalse();
        assertThat(mongo.getCollection(NotificationDocument.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void aClaimedNotificationCannotBeClaimedAgainWhileTheLeaseRuns() {
        store.insertIfAbsent(welcome("KHM", NOW));

        Optional<ClaimedNotification> first = store.claimNextDue(NOW, LEASE);
        Optional<ClaimedNotification> second = store.claimNextDue(NOW.plusSeconds(60), LEASE);

        assertThat(first).isPresent();
        assertThat(second).as("another instance, a minute later").isEmpty();
    }

    @Test
    void aLeaseLeftByADeadInstanceExpiresAndItsLateReleaseIsRefused() {
        store.insertIfAbsent(welcome("KHM", NOW));
        ClaimedNotification dead = store.claimNextDue(NOW, LEASE).orElseThrow();

        ClaimedNotification takenOver = store.claimNextDue(NOW.plus(LEASE).plusSeconds(1), LEASE).orElseThrow();
        Notification sent = takenOver.notification().sent(NOW.plus(LEASE).plusSeconds(2));

        assertThat(takenOver.leaseToken()).isNotEqualTo(dead.leaseToken());
        assertThat(store.release(dead, dead.notification().sent(NOW.plusSeconds(1)))).isFalse();
        assertThat(store.release(takenOver, sent)).isTrue();
        Document stored = mongo.getCollection(NotificationDocument.COLLECTION).find().first();
        assertThat(stored).containsEntry("status", "SENT").containsEntry("attempts", 1)
                .doesNotContainKeys("leaseToken", "leaseUntil");
    }

    @Test
    void onlyQueuedNotificationsThatAreDueAreClaimedEarliestFirst() {
        store.insertIfAbsent(welcome("LAO", NOW.plusSeconds(30)));
        store.insertIfAbsent(welcome("KHM", NOW.plusSeconds(10)));
        store.insertIfAbsent(welcome("AGO", NOW.plusSeconds(90)));

        assertThat(store.claimNextDue(NOW, LEASE)).isEmpty();
        ClaimedNotification khm = store.claimNextDue(NOW.plusSeconds(60), LEASE).orElseThrow();
        assertThat(khm.notification().countryCode()).isEqualTo("KHM");
        store.release(khm, khm.notification().sent(NOW.plusSeconds(60)));
        assertThat(store.claimNextDue(NOW.plusSeconds(60), LEASE)).get()
                .extracting(c -> c.notification().countryCode()).isEqualTo("LAO");
        assertThat(store.claimNextDue(NOW.plusSeconds(60), LEASE)).as("AGO is not due yet").isEmpty();
    }

    @Test
    void aFailedAttemptIsKeptWithItsReasonAndNextTime() {
        store.insertIfAbsent(welcome("KHM", NOW));
        ClaimedNotification claim = store.claimNextDue(NOW, LEASE).orElseThrow();
        Notification retry = claim.notification().attemptFailed("421 try later", false, NOW,
                new RetryPolicy(3, Duration.ofSeconds(30), 2,
                        Duration.ofMinutes(5)));

        assertThat(store.release(claim, retry)).isTrue();

        Notification again = store.claimNextDue(NOW.plusSeconds(30), LEASE).orElseThrow().notification();
        assertThat(again.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.lastError()).isEqualTo("421 try later");
    }

    private static Notification welcome(String country, Instant at) {
        return Notification.queue(IdempotencyKey.of("welcome", country, CONTACT), "welcome", country, CONTACT, "en",
                new EmailContent("Welcome", "Hello", "<p>Hello</p>"), at);
    }
}
