package org.mineaction.notification.meetings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminders       how long before a meeting its invitees are reminded, unless the platform has its own
 * @param perPlatform     a platform's own reminder times, by country code (e.g. {@code KHM: [P3D, PT2H]})
 * @param actionPointDueSoon how long before an action point's due day its owner is reminded
 * @param overdueEvery    how often an overdue action point is recalled to its owner, from the day after it was due
 * @param minutesGrace    after a held meeting, when the secretariat is reminded of minutes not submitted
 * @param reminderHour    the hour of the day, in the owner's zone, at which day-based reminders go
 * @param uidDomain       the domain of the calendar UIDs
 * @param linkBaseUrl     the web application's URL, for links to minutes
 */
@ConfigurationProperties("mineaction.notifications.meetings")
record MeetingNotificationProperties(
        @DefaultValue({"P7D", "P1D"}) List<Duration> reminders,
        @DefaultValue Map<String, List<Duration>> perPlatform,
        @DefaultValue("P3D") Duration actionPointDueSoon,
        @DefaultValue("P7D") Duration overdueEvery,
        @DefaultValue("P7D") Duration minutesGrace,
        @DefaultValue("9") int reminderHour,
        @DefaultValue("platform-hub.mineaction.org") String uidDomain,
        @DefaultValue("http://localhost:8080") String linkBaseUrl) {

    List<Duration> remindersOf(String countryCode) {
        List<Duration> own = perPlatform.get(countryCode);
        return own == null || own.isEmpty() ? reminders : own;
    }
}
