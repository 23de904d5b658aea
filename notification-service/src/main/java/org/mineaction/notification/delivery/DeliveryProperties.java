package org.mineaction.notification.delivery;

import java.time.Duration;
import org.mineaction.notification.delivery.domain.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the dispatcher looks for due notifications (it is also woken when one is queued)
 * @param lease        how long a claimed notification is reserved for the instance sending it; longer than
 *                     the SMTP timeouts, so it only expires when that instance died mid-send
 * @param batchSize    notifications sent per run, so a long queue does not hold up shutdown
 */
@ConfigurationProperties("mineaction.notifications.delivery")
record DeliveryProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("50") int batchSize,
        @DefaultValue Retry retry) {

    /** See {@link RetryPolicy}. */
    record Retry(
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("30s") Duration firstDelay,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("1h") Duration maxDelay) {
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(retry.maxAttempts(), retry.firstDelay(), retry.multiplier(), retry.maxDelay());
    }
}
