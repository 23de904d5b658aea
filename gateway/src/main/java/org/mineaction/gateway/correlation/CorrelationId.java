package org.mineaction.gateway.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.server.ServerWebExchange;

/**
 * The id that ties one client request to every log line and event it causes, in the gateway and in
 * every service behind it (same header, MDC key and format as the services use).
 */
public final class CorrelationId {

    public static final String HTTP_HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    static final String EXCHANGE_ATTRIBUTE = CorrelationId.class.getName();

    /** Client-supplied ids end up in logs and headers of every service: accept only short, inert values. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The given id if it is acceptable, otherwise a fresh random one. */
    static String acceptOrCreate(@Nullable String candidate) {
        return isAcceptable(candidate) ? candidate : UUID.randomUUID().toString();
    }

    static boolean isAcceptable(@Nullable String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches();
    }

    /**
     * Runs {@code logging} with the exchange's correlation id in the logging MDC. The gateway logs
     * in a few places only; setting the MDC there is far cheaper than Reactor's automatic
     * thread-local propagation on every operator of every request (measured: the largest share of
     * the gateway's CPU per request).
     */
    public static void logging(ServerWebExchange exchange, Runnable logging) {
        Optional<String> id = of(exchange);
        if (id.isEmpty()) {
            logging.run();
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id.get())) {
            logging.run();
        }
    }

    /** The correlation id the gateway assigned to this exchange, if the correlation filter ran. */
    public static Optional<String> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(EXCHANGE_ATTRIBUTE));
    }
}
