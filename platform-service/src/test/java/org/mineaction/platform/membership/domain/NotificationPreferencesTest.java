package org.mineaction.platform.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

    @Test
    void criticalMessagesCannotBeSwitchedOffOnAnyChannel() {
        NotificationPreferences nothingWanted = NotificationPreferences.of(Map.of(
                NotificationChannel.EMAIL, List.of(), NotificationChannel.SMS, List.of()));

        for (NotificationChannel channel : NotificationChannel.values()) {
            assertThat(nothingWanted.wants(channel, NotificationCategory.CRITICAL)).isTrue();
            assertThat(nothingWanted.enabled(channel)).containsExactly(NotificationCategory.CRITICAL);
        }
    }

    @Test
    void aChannelLeftOutGetsOnlyCriticalMessages() {
        NotificationPreferences emailOnly = NotificationPreferences.of(Map.of(
                NotificationChannel.EMAIL, List.of(NotificationCategory.MINUTES, NotificationCategory.INVITATIONS)));

        assertThat(emailOnly.wants(NotificationChannel.EMAIL, NotificationCategory.MINUTES)).isTrue();
        assertThat(emailOnly.wants(NotificationChannel.EMAIL, NotificationCategory.REMINDERS)).isFalse();
        assertThat(emailOnly.enabled(NotificationChannel.SMS)).containsExactly(NotificationCategory.CRITICAL);
        assertThat(emailOnly.asNames()).containsEntry("EMAIL", List.of("INVITATIONS", "MINUTES", "CRITICAL"));
    }

    @Test
    void defaultsSendEverythingByEmailAndOnlyUrgentMessagesBySms() {
        NotificationPreferences defaults = NotificationPreferences.defaults();

        assertThat(defaults.enabled(NotificationChannel.EMAIL)).containsExactlyInAnyOrder(NotificationCategory.values());
        assertThat(defaults.enabled(NotificationChannel.SMS)).containsExactlyInAnyOrder(NotificationCategory.REMINDERS,
                NotificationCategory.DEADLINES, NotificationCategory.CRITICAL);
        assertThat(defaults).isEqualTo(NotificationPreferences.defaults());
    }

    @Test
    void onlyTheCriticalCategoryIsCritical() {
        assertThat(List.of(NotificationCategory.values())).filteredOn(NotificationCategory::isCritical)
                .containsExactly(NotificationCategory.CRITICAL);
    }
}
