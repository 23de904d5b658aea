package org.mineaction.chassis.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every listener treats a record it cannot process: retried with exponential backoff, then
 * parked on {@code <topic>.DLT} so the partition moves on and an operator can replay it.
 */
@ConfigurationProperties("mineaction.messaging.failure-policy")
public record ListenerFailurePolicy(
        @DefaultValue("4") int maxRetries,
        @DefaultValue("500ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("10s") Duration maxInterval) {
}
