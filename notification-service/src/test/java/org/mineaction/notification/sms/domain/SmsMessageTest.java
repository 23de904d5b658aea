package org.mineaction.notification.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.EmailContent;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.delivery.domain.RetryPolicy;

class SmsMessageTest {

    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh"); // UTC+7, no DST
    private static final Instant NOON_IN_PHNOM_PENH = Instant.parse("2026-11-23T05:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofMinutes(1), 2.0, Duration.ofHours(1));
    private static final EmailContent FALLBACK = new EmailContent("Meeting", "Meeting on 10 Dec", "<p>Meeting</p>");

    @Test
    void recordsTheSegmentsOfItsText() {
        SmsMessage sms = queue(NOON_IN_PHNOM_PENH, "Réunion le 10/12 à 9h30.");

        assertThat(sms.segments()).isEqualTo(SmsSegments.of("Réunion le 10/12 à 9h30."));
        assertThat(sms.status()).isEqualTo(SmsStatus.QUEUED);
        assertThat(sms.nextAttemptAt()).isEqualTo(NOON_IN_PHNOM_PENH);
    }

    @Test
    void queuedAtNightItWaitsForTheMorning() {
        Instant elevenPm = Instant.parse("2026-11-23T16:00:00Z");

        assertThat(queue(elevenPm, "Reminder").nextAttemptAt()).isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
    }

    @Test
    void aRetryThatWouldFallInTheNightWaitsForTheMorningToo() {
        Instant eightFiftyNinePm = Instant.parse("2026-11-23T13:59:30Z");
        SmsMessage sms = queue(eightFiftyNinePm, "Reminder");

        SmsMessage retry = sms.attemptFailed("503", false, eightFiftyNinePm, RETRY, QuietHours.DEFAULT);

        assertThat(retry.status()).isEqualTo(SmsStatus.QUEUED);
        assertThat(retry.attempts()).isEqualTo(1);
        assertThat(retry.nextAttemptAt()).isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
    }

    @Test
    void aTransientFailureBacksOffExponentially() {
        SmsMessage sms = queue(NOON_IN_PHNOM_PENH, "Reminder");

        SmsMessage first = sms.attemptFailed("503", false, NOON_IN_PHNOM_PENH, RETRY, QuietHours.DEFAULT);
        SmsMessage second = first.attemptFailed("503", false, NOON_IN_PHNOM_PENH, RETRY, QuietHours.DEFAULT);

        assertThat(first.nextAttemptAt()).isEqualTo(NOON_IN_PHNOM_PENH.plus(Duration.ofMinutes(1)));
        assertThat(second.nextAttemptAt()).isEqualTo(NOON_IN_PHNOM_PENH.plus(Duration.ofMinutes(2)));
        assertThat(second.attemptFailed("503", false, NOON_IN_PHNOM_PENH, RETRY, QuietHours.DEFAULT).status())
                .isEqualTo(SmsStatus.FAILED);
    }

    @Test
    void aRejectedNumberFailsAtOnceWithTheReasonAndFallsBackToEmail() {
        SmsMessage sms = queue(NOON_IN_PHNOM_PENH, "Reminder");

        SmsMessage failed = sms.attemptFailed("the SMS provider answered 400 (code 21211): invalid To", true,
                NOON_IN_PHNOM_PENH, RETRY, QuietHours.DEFAULT);

        assertThat(failed.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(failed.lastError()).contains("21211");
        assertThat(failed.canFallBackToEmail()).isTrue();
        assertThat(failed.fallbackKey()).isEqualTo(failed.fallbackKey()).isNotEqualTo(failed.id());
    }

    @Test
    void noFallbackWithoutAnEmailAddressOrAFallbackText() {
        SmsMessage noEmail = SmsMessage.queue(key("x"), "reminder", "meeting", "KHM",
                new SmsMessage.Recipient(new PhoneNumber("+85512345678"), null, PHNOM_PENH, "m-1"), "km", "Reminder",
                FALLBACK, NOON_IN_PHNOM_PENH, QuietHours.DEFAULT);
        SmsMessage noText = SmsMessage.queue(key("y"), "reminder", "meeting", "KHM", recipient(), "km", "Reminder",
                null, NOON_IN_PHNOM_PENH, QuietHours.DEFAULT);

        assertThat(noEmail.attemptFailed("400", true, NOON_IN_PHNOM_PENH, RETRY, QuietHours.DEFAULT)
                .canFallBackToEmail()).isFalse();
        assertThat(noText.attemptFailed("400", true, NOON_IN_PHNOM_PENH, RETRY, QuietHours.DEFAULT)
                .canFallBackToEmail()).isFalse();
        assertThat(queue(NOON_IN_PHNOM_PENH, "Reminder").canFallBackToEmail()).as("not failed").isFalse();
    }

    @Test
    void deliveredOrUndeliverableAsTheProviderReports() {
        SmsMessage sent = queue(NOON_IN_PHNOM_PENH, "Reminder").sent("SM123", NOON_IN_PHNOM_PENH);

        assertThat(sent.status()).isEqualTo(SmsStatus.SENT);
        assertThat(sent.providerId()).isEqualTo("SM123");
        assertThat(sent.delivered(NOON_IN_PHNOM_PENH).status()).isEqualTo(SmsStatus.DELIVERED);
        SmsMessage undeliverable = sent.undeliverable("the provider reports undelivered (error 30003)");
        assertThat(undeliverable.status()).isEqualTo(SmsStatus.FAILED);
        assertThat(undeliverable.canFallBackToEmail()).isTrue();
    }

    @Test
    void phoneNumbersAreE164AndMaskedInLogs() {
        assertThat(new PhoneNumber("+85512345678").toString()).isEqualTo("+85***78");
        assertThatThrownBy(() -> new PhoneNumber("012 345 678")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PhoneNumber("+0123456789")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void mapsTheProvidersStatuses() {
        assertThat(ProviderStatus.of("delivered")).contains(SmsStatus.DELIVERED);
        assertThat(ProviderStatus.of("undelivered")).contains(SmsStatus.FAILED);
        assertThat(ProviderStatus.of("failed")).contains(SmsStatus.FAILED);
        assertThat(ProviderStatus.of("sent")).isEmpty();
        assertThat(ProviderStatus.of(null)).isEmpty();
    }

    @Test
    void aMembersOwnQuietHoursReplaceTheServicesForTheFirstSendAndTheRetries() {
        // The member sleeps from 23:00 to 06:30; the service's night (21:00 to 08:00) does not apply to them.
        SmsMessage.Recipient owl = new SmsMessage.Recipient(new PhoneNumber("+85512345678"), null, PHNOM_PENH,
                "member-1", new QuietHours(java.time.LocalTime.of(23, 0), java.time.LocalTime.of(6, 30)));
        Instant tenPm = Instant.parse("2026-11-23T15:00:00Z");
        SmsMessage evening = SmsMessage.queue(key("owl"), "reminder", "meeting-reminder", "KHM", owl, "en",
                "Reminder", null, tenPm, QuietHours.DEFAULT);
        assertThat(evening.nextAttemptAt()).as("22:00 is not their night").isEqualTo(tenPm);

        SmsMessage retry = evening.attemptFailed("503", false, Instant.parse("2026-11-23T16:30:00Z"), RETRY,
                QuietHours.DEFAULT);
        assertThat(retry.nextAttemptAt()).as("23:31 is: their morning, 06:30")
                .isEqualTo(Instant.parse("2026-11-23T23:30:00Z"));
    }

    private static SmsMessage queue(Instant now, String text) {
        return SmsMessage.queue(key(text), "reminder", "meeting", "KHM", recipient(), "fr", text, FALLBACK, now,
                QuietHours.DEFAULT);
    }

    private static SmsMessage.Recipient recipient() {
        return new SmsMessage.Recipient(new PhoneNumber("+85512345678"), new EmailAddress("member@example.org"),
                PHNOM_PENH, "m-1");
    }

    private static IdempotencyKey key(String subject) {
        return IdempotencyKey.of("reminder", subject, new EmailAddress("member@example.org"));
    }
}
