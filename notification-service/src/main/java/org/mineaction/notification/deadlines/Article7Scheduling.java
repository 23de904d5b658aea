package org.mineaction.notification.deadlines;

import org.mineaction.notification.delivery.SendGuard;
import org.mineaction.notification.delivery.TriggerHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Article 7 guard (the report is still missing) and its two triggers, in the delivery queue. */
@Configuration(proxyBeanMethods = false)
class Article7Scheduling {

    @Bean
    SendGuard article7Guard(Article7Reminders reminders) {
        return SendGuard.of("article7", reminders::staleReason);
    }

    @Bean
    TriggerHandler article7ReminderTrigger(Article7Reminders reminders) {
        return TriggerHandler.of(Article7Reminders.REMINDER_TRIGGER, reminders::remind);
    }

    @Bean
    TriggerHandler article7EscalationTrigger(Article7Reminders reminders) {
        return TriggerHandler.of(Article7Reminders.ESCALATION_TRIGGER, reminders::escalate);
    }
}
