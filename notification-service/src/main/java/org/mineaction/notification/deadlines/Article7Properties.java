package org.mineaction.notification.deadlines;

import java.time.Duration;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dueDay    the yearly deadline ({@code --04-30}: 30 April)
 * @param reminders how long before it the platform's members are reminded
 * @param hour      the hour (UTC) at which reminders go out
 * @param escalateTo the roles told when the deadline passed without the report
 */
@ConfigurationProperties("mineaction.notifications.article7")
record Article7Properties(
        @DefaultValue("--04-30") MonthDay dueDay,
        @DefaultValue({"P60D", "P30D", "P7D"}) List<Duration> reminders,
        @DefaultValue("6") int hour,
        @DefaultValue({"LEAD", "CHAMPION"}) List<String> escalateTo) {
}
