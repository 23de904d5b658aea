package org.mineaction.gateway.correlation;

import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/**
 * Copies the correlation id between the Reactor context and the logging MDC, so every log line
 * written while a request is processed carries it, on whichever thread. Registered through
 * {@code META-INF/services} (hence public); restored by Reactor in {@code handle}/{@code tap} operators
 * ({@code spring.reactor.context-propagation=limited}); log statements elsewhere use {@link CorrelationId#logging}.
 */
public final class CorrelationIdThreadLocalAccessor implements ThreadLocalAccessor<String> {

    @Override
    public Object key() {
        return CorrelationId.MDC_KEY;
    }

    @Override
    public String getValue() {
        return MDC.get(CorrelationId.MDC_KEY);
    }

    @Override
    public void setValue(String value) {
        MDC.put(CorrelationId.MDC_KEY, value);
    }

    @Override
    public void setValue() {
        MDC.remove(CorrelationId.MDC_KEY);
    }
}
