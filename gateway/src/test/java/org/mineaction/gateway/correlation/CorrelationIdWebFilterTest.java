package org.mineaction.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;

class CorrelationIdWebFilterTest {

    private final CorrelationIdWebFilter filter = new CorrelationIdWebFilter();
    private final AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();

    @BeforeEach
    void enableContextPropagation() {
        // What spring.reactor.context-propagation=auto does in the application.
        Hooks.enableAutomaticContextPropagation();
    }

    @AfterEach
    void disableContextPropagation() {
        Hooks.disableAutomaticContextPropagation();
        MDC.clear();
    }

    @Test
    void keepsASaneIdFromTheClientForwardsItAndEchoesIt() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/api/v1/platforms")
                .header(CorrelationId.HTTP_HEADER, "client-id-42"));

        filter.filter(exchange, recordingChain()).block(Duration.ofSeconds(5));

        assertThat(forwarded.get().getRequest().getHeaders().get(CorrelationId.HTTP_HEADER)).containsExactly("client-id-42");
        assertThat(CorrelationId.of(forwarded.get())).contains("client-id-42");
        assertThat(exchange.getResponse().getHeaders().get(CorrelationId.HTTP_HEADER)).containsExactly("client-id-42");
    }

    @Test
    void replacesAMalformedIdWithAUuidAndUsesItEverywhere() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/api/v1/platforms")
                .header(CorrelationId.HTTP_HEADER, "x".repeat(65)));

        filter.filter(exchange, recordingChain()).block(Duration.ofSeconds(5));

        String id = forwarded.get().getRequest().getHeaders().getFirst(CorrelationId.HTTP_HEADER);
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(exchange.getResponse().getHeaders().get(CorrelationId.HTTP_HEADER)).containsExactly(id);
    }

    @Test
    void createsAnIdWhenTheClientSentNone() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/nowhere"));

        filter.filter(exchange, recordingChain()).block(Duration.ofSeconds(5));

        String id = exchange.getResponse().getHeaders().getFirst(CorrelationId.HTTP_HEADER);
        assertThat(id).isNotBlank();
        assertThat(forwarded.get().getRequest().getHeaders().getFirst(CorrelationId.HTTP_HEADER)).isEqualTo(id);
    }

    @Test
    void echoesOnlyItsOwnIdEvenWhenTheDownstreamSentAnother() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/api/v1/platforms")
                .header(CorrelationId.HTTP_HEADER, "mine"));

        filter.filter(exchange, downstream -> {
            downstream.getResponse().getHeaders().add(CorrelationId.HTTP_HEADER, "theirs");
            return downstream.getResponse().setComplete();
        }).block(Duration.ofSeconds(5));

        assertThat(exchange.getResponse().getHeaders().get(CorrelationId.HTTP_HEADER)).containsExactly("mine");
    }

    @Test
    void putsTheIdInTheLoggingContextOnOtherThreads() {
        MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/api/v1/platforms")
                .header(CorrelationId.HTTP_HEADER, "logged-id"));
        AtomicReference<String> seenOnTimerThread = new AtomicReference<>();
        AtomicReference<String> threadName = new AtomicReference<>();

        filter.filter(exchange, downstream -> Mono.delay(Duration.ofMillis(5))
                .doOnNext(tick -> {
                    threadName.set(Thread.currentThread().getName());
                    seenOnTimerThread.set(MDC.get(CorrelationId.MDC_KEY));
                })
                .then()).block(Duration.ofSeconds(5));

        assertThat(threadName.get()).isNotEqualTo(Thread.currentThread().getName());
        assertThat(seenOnTimerThread.get()).isEqualTo("logged-id");
        assertThat(MDC.get(CorrelationId.MDC_KEY)).isNull();
    }

    private WebFilterChain recordingChain() {
        return exchange -> {
            forwarded.set(exchange);
            return exchange.getResponse().setComplete();
        };
    }

    private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
        return MockServerWebExchange.from(request);
    }
}
