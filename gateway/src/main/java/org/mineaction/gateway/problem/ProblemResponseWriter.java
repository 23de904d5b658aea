package org.mineaction.gateway.problem;

import java.net.URI;
import java.util.Map;
import org.mineaction.gateway.correlation.CorrelationId;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes an RFC 9457 {@code application/problem+json} answer straight to the response, for the
 * places in the gateway that answer without a controller (filters, fallbacks, error handler).
 * Adds {@code type} ({@code about:blank}), {@code instance} (the request path) and the
 * {@code correlationId} when they are missing.
 */
@Component
public class ProblemResponseWriter {

    private static final ResolvableType PROBLEM_TYPE = ResolvableType.forClass(ProblemDetail.class);
    /** RFC 9457's type for problems that mean no more than their HTTP status. */
    private static final URI GENERIC_TYPE = URI.create("about:blank");

    private final HttpMessageWriter<ProblemDetail> writer;

    @SuppressWarnings("unchecked")
    public ProblemResponseWriter(ServerCodecConfigurer codecs) {
        this.writer = codecs.getWriters().stream()
                .filter(candidate -> candidate.canWrite(PROBLEM_TYPE, MediaType.APPLICATION_PROBLEM_JSON))
                .map(candidate -> (HttpMessageWriter<ProblemDetail>) candidate)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No codec writes application/problem+json"));
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (problem.getType() == null) {
            // Spring leaves it out when unset; the contract wants every problem to carry one.
            problem.setType(GENERIC_TYPE);
        }
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        CorrelationId.of(exchange).ifPresent(id -> problem.setProperty("correlationId", id));
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return writer.write(Mono.just(problem), PROBLEM_TYPE, MediaType.APPLICATION_PROBLEM_JSON, response, Map.of());
    }
}
