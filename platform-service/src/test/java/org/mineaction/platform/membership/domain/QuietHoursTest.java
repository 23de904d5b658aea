package org.mineaction.platform.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    @Test
    void quietHoursMaySpanMidnight() {
        QuietHours night = QuietHours.parse("21:00", "07:00");

        assertThat(night.covers(LocalTime.of(23, 30))).isTrue();
        assertThat(night.covers(LocalTime.of(6, 59))).isTrue();
        assertThat(night.covers(LocalTime.of(7, 0))).isFalse();
        assertThat(night.covers(LocalTime.of(20, 59))).isFalse();
        assertThat(QuietHours.parse("12:00", "14:00").covers(LocalTime.of(13, 0))).isTrue();
        assertThat(QuietHours.parse("12:00", "14:00").covers(LocalTime.of(14, 0))).isFalse();
    }

    @Test
    void bothTimesOrNeither() {
        assertThat(QuietHours.parse(null, " ")).isNull();
        assertThatThrownBy(() -> QuietHours.parse("21:00", null)).hasMessageContaining("both");
        assertThatThrownBy(() -> QuietHours.parse("25:00", "07:00")).hasMessageContaining("HH:mm");
        assertThatThrownBy(() -> QuietHours.parse("07:00", "07:00")).hasMessageContaining("differ");
    }

    @Test
    void preferencesKeepQuietHoursAndStillCarryCriticalMessages() {
        NotificationPreferences preferences = NotificationPreferences.of(Map.of(NotificationChannel.SMS, List.of()))
                .withQuietHours(QuietHours.parse("21:00", "07:00"));

        assertThat(preferences.quietHours().fromText()).isEqualTo("21:00");
        assertThat(preferences.wants(NotificationChannel.SMS, NotificationCategory.CRITICAL)).isTrue();
        assertThat(preferences).isNotEqualTo(preferences.withQuietHours(null));
    }
}
