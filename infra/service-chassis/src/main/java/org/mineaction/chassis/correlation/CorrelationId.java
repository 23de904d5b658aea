package org.mineaction.chassis.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id that ties one user request to every log line and event it causes, across services.
 *
 * <p>It lives in the logging context ({@link MDC}) of the thread doing the work: HTTP filters and
 * Kafka interceptors set it, the outbox copies it onto the events it publishes.
 */
public final class CorrelationId {

    public static final String HTTP_HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    /** Client-supplied ids end up in logs and headers: accept only short, inert values. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The given id if it is acceptable, otherwise a fresh one. */
    public static String acceptOrCreate(String candidate) {
        return isAcceptable(candidate) ? candidate : UUID.randomUUID().toString();
    }

    public static boolean isAcceptable(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    public static void set(String id) {
        MDC.put(MDC_KEY, id);
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
