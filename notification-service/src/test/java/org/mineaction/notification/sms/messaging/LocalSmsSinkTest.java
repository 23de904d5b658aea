package org.mineaction.notification.sms.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.sms.domain.PhoneNumber;
import org.mineaction.notification.sms.domain.SmsMessage;

class LocalSmsSinkTest {

    @Test
    void keepsWhatItWasGivenWithItsSegments() {
        LocalSmsSink sink = new LocalSmsSink();
        PhoneNumber phone = new PhoneNumber("+85512345678");
        SmsMessage sms = SmsMessage.queue(SmsMessage.keyFor("reminder", "m-1", phone, "1d"), "reminder",
                "meeting-reminder", "KHM", new SmsMessage.Recipient(phone, null, ZoneId.of("UTC"), "member-1"), "en",
                "Reminder: meeting tomorrow 09:30 €", null, Instant.parse("2026-11-23T10:00:00Z"),
                new QuietHours(LocalTime.NOON, LocalTime.NOON));

        String id = sink.send(sms);

        assertThat(id).startsWith("LOCAL");
        assertThat(sink.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.id()).isEqualTo(id);
            assertThat(sent.to()).isEqualTo("+85512345678");
            assertThat(sent.segments()).isEqualTo(1);
        });
        assertThat(sink.name()).isEqualTo("local");
    }
}
