package org.mineaction.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mineaction.gateway.problem.ProblemResponseWriter;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigurationProperties;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class ServiceCircuitBreakerGatewayFilterFactoryTest {

    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowSize(4)
            .minimumNumberOfCalls(2)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofMinutes(1))
            .build());
    private final ServiceCircuitBreakerGatewayFilterFactory factory = new ServiceCircuitBreakerGatewayFilterFactory(
            new ReactiveResilience4JCircuitBreakerFactory(breakers,
                    TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(Duration.ofMillis(300)).build()),
                    null, new Resilience4JConfigurationProperties()),
            new ProblemResponseWriter(ServerCodecConfigurer.create()),
            new ResilienceProperties(Set.of(502, 503, 504)));

    @Test
    void answersServiceUnavailableNamingTheServiceWhenItCannotBeReached() {
        MockServerWebExchange exchange = exchange("/api/v1/platforms/KHM");

        run(filterFor("platform-service"), exchange, downstream -> Mono.error(new ConnectException("Connection refused")));

        assertServiceUnavailable(exchange, "platform-service", "/api/v1/platforms/KHM");
        assertThat(breaker("platform-service").getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void eachRouteAnswersForItsOwnService() {
        MockServerWebExchange meetings = exchange("/api/v1/meetings/7");
        MockServerWebExchange reports = exchange("/api/v1/reports/platforms");

        run(filterFor("meeting-service"), meetings, downstream -> Mono.error(new ConnectException("refused")));
        run(filterFor("reporting-service"), reports, downstream -> Mono.error(new ConnectException("refused")));

        assertServiceUnavailable(meetings, "meeting-service", "/api/v1/meetings/7");
        assertServiceUnavailable(reports, "reporting-service", "/api/v1/reports/platforms");
    }

    @Test
    void answersServiceUnavailableWhenTheServiceTakesLongerThanTheTimeLimit() {
        MockServerWebExchange exchange = exchange("/api/v1/reports/platforms");

        run(filterFor("reporting-service"), exchange, downstream -> Mono.never());

        assertServiceUnavailable(exchange, "reporting-service", "/api/v1/reports/platforms");
    }

    @Test
    void refusesWithoutCallingTheServiceOnceItsBreakerIsOpen() {
        GatewayFilter filter = filterFor("notification-service");
        AtomicInteger calls = new AtomicInteger();
        breaker("notification-service").transitionToOpenState();

        MockServerWebExchange exchange = exchange("/api/v1/notifications/x");
        run(filter, exchange, downstream -> Mono.fromRunnable(calls::incrementAndGet));

        assertThat(calls).hasValue(0);
        assertServiceUnavailable(exchange, "notification-service", "/api/v1/notifications/x");
    }

    @Test
    void opensAfterRepeatedFailuresAndOnlyForThatService() {
        GatewayFilter platform = filterFor("platform-service");
        for (int i = 0; i < 2; i++) {
            run(platform, exchange("/api/v1/platforms"), downstream -> Mono.error(new ConnectException("refused")));
        }

        assertThat(breaker("platform-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        MockServerWebExchange meeting = exchange("/api/v1/meetings");
        run(filterFor("meeting-service"), meeting, respondWith(HttpStatus.OK));
        assertThat(meeting.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void relaysAnUnavailableStatusFromTheServiceAndCountsItAsFailure() {
        MockServerWebExchange exchange = exchange("/api/v1/platforms");

        run(filterFor("platform-service"), exchange, respondWith(HttpStatus.BAD_GATEWAY));

        // The downstream's answer stays as it is (its body is relayed after this filter).
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isNull();
        assertThat(breaker("platform-service").getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    void relaysClientErrorsAndInternalErrorsWithoutCountingThem() {
        GatewayFilter filter = filterFor("platform-service");
        for (HttpStatus status : new HttpStatus[] {HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.INTERNAL_SERVER_ERROR}) {
            MockServerWebExchange exchange = exchange("/api/v1/platforms");
            run(filter, exchange, respondWith(status));
            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(status);
        }

        assertThat(breaker("platform-service").getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(breaker("platform-service").getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(3);
    }

    private GatewayFilter filterFor(String service) {
        ServiceCircuitBreakerGatewayFilterFactory.Config config = new ServiceCircuitBreakerGatewayFilterFactory.Config();
        config.setService(service);
        return factory.apply(config);
    }

    private CircuitBreaker breaker(String service) {
        return breakers.circuitBreaker(service);
    }

    private static GatewayFilterChain respondWith(HttpStatus status) {
        return downstream -> Mono.fromRunnable(() -> downstream.getResponse().setStatusCode(status));
    }

    private static void run(GatewayFilter filter, MockServerWebExchange exchange, GatewayFilterChain chain) {
        filter.filter(exchange, chain).block(Duration.ofSeconds(5));
    }

    private static MockServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }

    private static void assertServiceUnavailable(MockServerWebExchange exchange, String service, String path) {
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String body = exchange.getResponse().getBodyAsString().block(Duration.ofSeconds(5));
        assertThat(body)
                .contains("\"service\":\"" + service + "\"")
                .contains("\"status\":503")
                .contains("\"title\":\"Service Unavailable\"")
                .contains("\"type\":\"https://mineaction.org/problems/service-unavailable\"")
                .contains("\"instance\":\"" + path + "\"");
    }
}
