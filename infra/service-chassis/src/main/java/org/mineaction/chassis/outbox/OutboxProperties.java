package org.mineaction.chassis.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param collections  the collections whose documents carry an outbox
 * @param pollInterval how often the relay looks for pending messages (it is also woken on save)
 * @param batchSize    documents read per query
 * @param sendTimeout  how long the relay waits for the broker's acknowledgement
 * @param relayEnabled off only for tests that simulate a crash before publishing
 */
@ConfigurationProperties("mineaction.outbox")
public record OutboxProperties(
        @DefaultValue List<String> collections,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("true") boolean relayEnabled) {
}
