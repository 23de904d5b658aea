package org.mineaction.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(1));
    private static final EmailAddress CONTACT = new EmailAddress("secretariat@cmaa.example.org");

    private final Notification queued = Notification.queue(IdempotencyKey.of("welcome", "KHM", CONTACT), "welcome",
            "KHM", CONTACT, "fr", new EmailContent("Bienvenue", "Bonjour", "<p>Bonjour</p>"), NOW);

    @Test
    void aNewNotificationIsDueAtOnce() {
        assertThat(queued.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(queued.nextAttemptAt()).isEqualTo(NOW);
        assertThat(queued.attempts()).isZero();
    }

    @Test
    void aSentNotificationRecordsWhenAndIsNoLongerDue() {
        Notification sent = queued.sent(NOW.plusSeconds(1));

        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.nextAttemptAt()).isNull();
    }

    @Test
    void aFailedAttemptIsRetriedWithExponentialBackoff() {
        Notification once = queued.attemptFailed("connection refused", false, NOW, POLICY);
        Notification twice = once.attemptFailed("connection refused", false, NOW, POLICY);
        Notification thrice = twice.attemptFailed("connection refused", false, NOW, POLICY);

        assertThat(once.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(once.lastError()).isEqualTo("connection refused");
        assertThat(once.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(twice.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(thrice.nextAttemptAt()).as("capped").isEqualTo(NOW.plusSeconds(60));
        assertThat(thrice.attempts()).isEqualTo(3);
    }

    @Test
    void isGivenUpWithTheReasonAfterTheLastAttempt() {
        Notification n = queued;
        for (int i = 0; i < 4; i++) {
            n = n.attemptFailed("421 try later", false, NOW, POLICY);
        }

        assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.attempts()).isEqualTo(4);
        assertThat(n.lastError()).isEqualTo("421 try later");
        assertThat(n.nextAttemptAt()).isNull();
    }

    @Test
    void isGivenUpAtOnceWhenRetryingCannotHelp() {
        Notification rejected = queued.attemptFailed("550 no such user", true, NOW, POLICY);

        assertThat(rejected.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(rejected.attempts()).isEqualTo(1);
    }

    @Test
    void aPostponementDoesNotUseUpAnAttempt() {
        Notification postponed = queued.postponedUntil(NOW.plusSeconds(60));

        assertThat(postponed.attempts()).isZero();
        assertThat(postponed.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(postponed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void keepsLongErrorsShort() {
        assertThat(queued.attemptFailed("x".repeat(2000), false, NOW, POLICY).lastError()).hasSize(500);
    }

    @Test
    void theSubjectCannotStartAnotherHeader() {
        assertThat(new EmailContent("Welcome\r\nBcc: someone@example.org", "t", "<p>t</p>").subject())
                .isEqualTo("Welcome Bcc: someone@example.org");
    }

    @Test
    void aRetryPolicyMustBeUsable() {
        assertThat(POLICY.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.exhaustedAfter(3)).isFalse();
        assertThat(POLICY.exhaustedAfter(4)).isTrue();
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), 2, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageToAContactIsTransactionalAndAMessageToAMemberCarriesItsCategory() {
        Notification reminder = Notification.queueFor("member-7", "meeting-reminder",
                IdempotencyKey.of("reminder", "m-1", CONTACT, "7d"), "reminder", "KHM", CONTACT, "fr",
                new EmailContent("Rappel", "Bonjour", "<p>Bonjour</p>"), NOW);

        assertThat(queued.category()).isEqualTo(Notification.ACCOUNT);
        assertThat(queued.memberId()).isNull();
        assertThat(reminder.memberId()).isEqualTo("member-7");
        assertThat(reminder.category()).isEqualTo("meeting-reminder");
        assertThat(reminder.sent(NOW).category()).isEqualTo("meeting-reminder");
    }

    @Test
    void aSkippedNotificationIsFinalWithItsReason() {
        Notification skipped = queued.skipped("the member opted out of meeting-reminder");

        assertThat(skipped.status()).isEqualTo(NotificationStatus.SKIPPED);
        assertThat(skipped.nextAttemptAt()).isNull();
        assertThat(skipped.lastError()).isEqualTo("the member opted out of meeting-reminder");
    }

    @Test
    void aReplayedNotificationIsDueNowWithFreshAttemptsAndTheSameId() {
        Notification failed = queued.attemptFailed("550 mailbox unavailable", true, NOW, POLICY);

        Notification replayed = failed.requeued(NOW.plusSeconds(60));

        assertThat(replayed.id()).isEqualTo(queued.id());
        assertThat(replayed.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(replayed.attempts()).isZero();
        assertThat(replayed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
