package org.mineaction.gateway.problem;

import org.mineaction.gateway.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers every error the gateway itself raises (no route: 404, wrong method: 405, a bug: 500, ...)
 * as {@code application/problem+json}. Replaces Spring Boot's default handler, which answers with
 * its own JSON error format.
 */
@Component
@Order(-2)
class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final ProblemResponseWriter problems;

    ProblemErrorWebExceptionHandler(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem;
        if (error instanceof ErrorResponse errorResponse) {
            problem = fromErrorResponse(errorResponse);
            exchange.getResponse().getHeaders().putAll(errorResponse.getHeaders());
            if (problem.getStatus() >= 500) {
                CorrelationId.logging(exchange, () -> log.error("Request {} {} failed", exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath(), error));
            }
        }
        else {
            CorrelationId.logging(exchange, () -> log.error("Request {} {} failed", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error));
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side; quote the correlation id when you report it");
        }
        return problems.write(exchange, problem);
    }

    /** Keeps the framework's status, title and client-facing detail, never a server-side message. */
    private static ProblemDetail fromErrorResponse(ErrorResponse errorResponse) {
        ProblemDetail source = errorResponse.getBody();
        int status = errorResponse.getStatusCode().value();
        String detail = switch (status) {
            case 404 -> "Nothing is served at this path";
            default -> status >= 500 ? "The gateway could not handle the request" : source.getDetail();
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(errorResponse.getStatusCode(), detail);
        problem.setType(source.getType());
        if (source.getTitle() != null) {
            problem.setTitle(source.getTitle());
        }
        return problem;
    }
}
