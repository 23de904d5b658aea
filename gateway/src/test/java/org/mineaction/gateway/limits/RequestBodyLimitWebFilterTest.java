package org.mineaction.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mineaction.gateway.problem.ProblemResponseWriter;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;

class RequestBodyLimitWebFilterTest {

    private static final int LIMIT = 16;

    private final RequestBodyLimitWebFilter filter = new RequestBodyLimitWebFilter(
            new RequestBodyLimitProperties(DataSize.ofBytes(LIMIT)), new ProblemResponseWriter(ServerCodecConfigurer.create()));
    private final AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutForwarding() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/platforms")
                .contentLength(LIMIT + 1)
                .body("x".repeat(LIMIT + 1)));

        filter.filter(exchange, recordingChain()).block(Duration.ofSeconds(5));

        assertThat(forwarded.get()).isNull();
        assertTooLarge(exchange);
    }

    @Test
    void forwardsADeclaredLengthAtTheLimitAsItIs() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/platforms")
                .contentLength(LIMIT)
                .body("x".repeat(LIMIT)));

        filter.filter(exchange, recordingChain()).block(Duration.ofSeconds(5));

        assertThat(forwarded.get()).isSameAs(exchange);
        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }

    @Test
    void refusesAChunkedBodyThatGrowsOverTheLimitWithoutForwarding() {
        MockServerWebExchange exchange = MockServerWebExchange.from(chunked("0123456789", "0123456789"));

        filter.filter(exchange, recordingChain()).block(Duration.ofSeconds(5));

        assertThat(forwarded.get()).isNull();
        assertTooLarge(exchange);
    }

    @Test
    void forwardsAChunkedBodyWithinTheLimitWithItsLength() {
        MockServerWebExchange exchange = MockServerWebExchange.from(chunked("01234567", "89abcdef"));

        filter.filter(exchange, recordingChain()).block(Duration.ofSeconds(5));

        HttpHeaders headers = forwarded.get().getRequest().getHeaders();
        assertThat(headers.getContentLength()).isEqualTo(LIMIT);
        assertThat(headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)).isFalse();
        assertThat(bodyOf(forwarded.get())).isEqualTo("0123456789abcdef");
        // The body can be read again, e.g. when the request is retried.
        assertThat(bodyOf(forwarded.get())).isEqualTo("0123456789abcdef");
    }

    @Test
    void forwardsAnEmptyChunkedBody() {
        MockServerWebExchange exchange = MockServerWebExchange.from(chunked());

        filter.filter(exchange, recordingChain()).block(Duration.ofSeconds(5));

        assertThat(forwarded.get().getRequest().getHeaders().getContentLength()).isZero();
        assertThat(bodyOf(forwarded.get())).isEmpty();
    }

    @Test
    void letsRequestsWithoutBodyThrough() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/platforms/KHM"));

        filter.filter(exchange, recordingChain()).block(Duration.ofSeconds(5));

        assertThat(forwarded.get()).isSameAs(exchange);
    }

    private static MockServerHttpRequest chunked(String... chunks) {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        return MockServerHttpRequest.post("/api/v1/platforms")
                .header(HttpHeaders.TRANSFER_ENCODING, "chunked")
                .body(Flux.fromArray(chunks).map(chunk -> buffers.wrap(chunk.getBytes(StandardCharsets.UTF_8))));
    }

    private static String bodyOf(ServerWebExchange exchange) {
        return DataBufferUtils.join(exchange.getRequest().getBody())
                .map(buffer -> buffer.toString(StandardCharsets.UTF_8))
                .defaultIfEmpty("")
                .block(Duration.ofSeconds(5));
    }

    private static void assertTooLarge(MockServerWebExchange exchange) {
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block(Duration.ofSeconds(5)))
                .contains("\"status\":413")
                .contains("\"type\":\"https://mineaction.org/problems/payload-too-large\"")
                .contains("\"instance\":\"/api/v1/platforms\"")
                .contains("\"maxBytes\":" + LIMIT);
    }

    private WebFilterChain recordingChain() {
        return exchange -> {
            forwarded.set(exchange);
            return exchange.getResponse().setComplete();
        };
    }
}
