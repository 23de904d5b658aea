package org.mineaction.notification.sms;

import java.time.Clock;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An SMS that failed for good (rejected number, undeliverable) goes by e-mail instead when the
 * member has an address; once per SMS, however often the failure is reported.
 */
@Component
class SmsFallback {

    private static final Logger log = LoggerFactory.getLogger(SmsFallback.class);

    private final Notifications notifications;
    private final Clock clock;

    SmsFallback(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    void failedForGood(SmsMessage failed) {
        if (!failed.canFallBackToEmail()) {
            log.info("SMS {} failed and has no e-mail to fall back to", failed.id());
            return;
        }
        boolean queued = notifications.queue(Notification.queue(failed.fallbackKey(), failed.kind(),
                failed.countryCode(), failed.recipient().email(), failed.language(), failed.fallback(),
                clock.instant()));
        if (queued) {
            log.info("SMS {} failed: e-mail {} queued instead", failed.id(), failed.fallbackKey());
        }
    }
}
