package org.mineaction.gateway.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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

    /** The correlation id the gateway assigned to this exchange, if the correlation filter ran. */
    public static Optional<String> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(EXCHANGE_ATTRIBUTE));
    }
}
