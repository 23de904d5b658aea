package org.mineaction.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.List;
import java.util.Set;
import org.mineaction.gateway.problem.ProblemResponseWriter;
import org.mineaction.gateway.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Route filter {@code ServiceCircuitBreaker=<service>}: one Resilience4j circuit breaker (and time
 * limiter) per downstream service, named after it. When the service cannot be reached, times out or
 * its breaker is open, the client gets {@code 503 application/problem+json} naming that service.
 *
 * <p>Downstream answers pass through untouched, 4xx and 5xx alike; those with a status from
 * {@code gateway.resilience.failure-statuses} are also recorded as failures. Thresholds and
 * timeouts are configured under {@code resilience4j.circuitbreaker} and {@code resilience4j.timelimiter}.
 *
 * <p>Unlike the built-in {@code CircuitBreaker} filter, no fallback route is involved, so the answer
 * cannot come from another route's fallback and there is no fallback URL a client could call.
 */
@Component
class ServiceCircuitBreakerGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ServiceCircuitBreakerGatewayFilterFactory.Config> {

    private static final Logger log = LoggerFactory.getLogger(ServiceCircuitBreakerGatewayFilterFactory.class);

    private final ReactiveCircuitBreakerFactory<?, ?> circuitBreakers;
    private final ProblemResponseWriter problems;
    private final Set<Integer> failureStatuses;

    ServiceCircuitBreakerGatewayFilterFactory(ReactiveCircuitBreakerFactory<?, ?> circuitBreakers,
            ProblemResponseWriter problems, ResilienceProperties properties) {
        super(Config.class);
        this.circuitBreakers = circuitBreakers;
        this.problems = problems;
        this.failureStatuses = properties.failureStatuses();
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("service");
    }

    @Override
    public GatewayFilter apply(Config config) {
        String service = config.getService();
        Assert.hasText(service, "ServiceCircuitBreaker needs the name of the downstream service");
        String breaker = config.getBreaker() == null || config.getBreaker().isBlank() ? service : config.getBreaker();
        return new ServiceCircuitBreakerFilter(service, circuitBreakers.create(breaker));
    }

    /** Arguments of the filter in a route definition. */
    static class Config {

        private String service;
        /** The breaker and time limiter to use, when not the service's own (e.g. slower bulk operations). */
        private String breaker;

        public String getService() {
            return service;
        }

        public String getBreaker() {
            return breaker;
        }

        public void setBreaker(String breaker) {
            this.breaker = breaker;
        }

        public void setService(String service) {
            this.service = service;
        }
    }

    private final class ServiceCircuitBreakerFilter implements GatewayFilter {

        private final String service;
        private final ReactiveCircuitBreaker circuitBreaker;

        ServiceCircuitBreakerFilter(String service, ReactiveCircuitBreaker circuitBreaker) {
            this.service = service;
            this.circuitBreaker = circuitBreaker;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            // The chain completes once the downstream's status and headers are in; the body is
            // relayed afterwards (NettyWriteResponseFilter), outside the breaker.
            Mono<Void> call = chain.filter(exchange).then(Mono.defer(() -> failIfUnavailableStatus(exchange)));
            return circuitBreaker.run(call, failure -> answerFor(exchange, failure));
        }

        private Mono<Void> failIfUnavailableStatus(ServerWebExchange exchange) {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            if (status != null && failureStatuses.contains(status.value())) {
                return Mono.error(new FailureStatusRelayed(service, status));
            }
            return Mono.empty();
        }

        private Mono<Void> answerFor(ServerWebExchange exchange, Throwable failure) {
            if (failure instanceof FailureStatusRelayed) {
                // Recorded by the breaker; the downstream's own answer goes to the client as it is.
                return Mono.empty();
            }
            if (exchange.getResponse().isCommitted()) {
                return Mono.error(failure);
            }
            if (failure instanceof CallNotPermittedException) {
                log.debug("Circuit breaker of {} is open: refusing {}", service, exchange.getRequest().getPath());
            }
            else {
                log.warn("{} unavailable for {} {}: {}", service, exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath(), failure.toString());
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The " + service + " is unavailable right now; try again shortly");
            problem.setType(ProblemTypes.SERVICE_UNAVAILABLE);
            problem.setProperty("service", service);
            return problems.write(exchange, problem);
        }
    }

    /** Marks a relayed downstream status as a failure for the breaker; never reaches a client. */
    private static final class FailureStatusRelayed extends RuntimeException {

        FailureStatusRelayed(String service, HttpStatusCode status) {
            super(service + " answered " + status.value(), null, false, false);
        }
    }
}
