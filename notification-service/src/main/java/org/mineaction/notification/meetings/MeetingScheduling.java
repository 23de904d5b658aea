package org.mineaction.notification.meetings;

import org.mineaction.notification.delivery.SendGuard;
import org.mineaction.notification.delivery.TriggerHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the meetings feature schedules in the delivery queue: the guards that tell, when a reminder
 * is due, whether its meeting, minutes or action point still call for it, and the triggers that
 * send the reminders then.
 */
@Configuration(proxyBeanMethods = false)
class MeetingScheduling {

    @Bean
    SendGuard meetingGuard(MeetingMessages meetings) {
        return SendGuard.of("meeting", meetings::staleReason);
    }

    @Bean
    SendGuard minutesGuard(MeetingMessages meetings) {
        return SendGuard.of("minutes", meetings::staleReason);
    }

    @Bean
    SendGuard actionPointGuard(MeetingMessages meetings) {
        return SendGuard.of("action-point", meetings::staleReason);
    }

    @Bean
    TriggerHandler meetingReminderTrigger(MeetingMessages meetings) {
        return TriggerHandler.of(MeetingMessages.REMINDER_TRIGGER, meetings::remind);
    }

    @Bean
    TriggerHandler minutesOverdueTrigger(MeetingMessages meetings) {
        return TriggerHandler.of(MeetingMessages.MINUTES_TRIGGER, meetings::remindSecretariat);
    }

    @Bean
    TriggerHandler actionPointDueSoonTrigger(MeetingMessages meetings) {
        return TriggerHandler.of(MeetingMessages.ACTION_POINT_DUE_TRIGGER, meetings::remindOwner);
    }

    @Bean
    TriggerHandler actionPointOverdueTrigger(MeetingMessages meetings) {
        return TriggerHandler.of(MeetingMessages.ACTION_POINT_OVERDUE_TRIGGER, meetings::remindOwner);
    }
}
