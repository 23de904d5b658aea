package org.mineaction.gateway.resilience;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.resilience.failure-statuses}: downstream response statuses that count as a failure
 * for the service's circuit breaker. The response itself still reaches the client unchanged.
 * Default 502, 503, 504: the service (or what is in front of it) says it cannot serve. A 500 is a
 * fault of one request, not a sign the service is down, and 4xx are the client's business.
 */
@ConfigurationProperties("gateway.resilience")
record ResilienceProperties(@DefaultValue({"502", "503", "504"}) Set<Integer> failureStatuses) {

    ResilienceProperties {
        failureStatuses = Set.copyOf(failureStatuses);
        if (failureStatuses.stream().anyMatch(status -> status < 500 || status > 599)) {
            throw new IllegalArgumentException("gateway.resilience.failure-statuses may only hold 5xx statuses");
        }
    }
}
