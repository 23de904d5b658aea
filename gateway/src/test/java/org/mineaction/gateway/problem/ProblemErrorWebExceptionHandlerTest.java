package org.mineaction.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;

class ProblemErrorWebExceptionHandlerTest {

    private final ProblemErrorWebExceptionHandler handler =
            new ProblemErrorWebExceptionHandler(new ProblemResponseWriter(ServerCodecConfigurer.create()));

    @Test
    void answersAnUnknownPathWithNotFoundProblem() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v2/unknown"));

        handler.handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND)).block(Duration.ofSeconds(5));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(exchange))
                .contains("\"type\":\"about:blank\"")
                .contains("\"title\":\"Not Found\"")
                .contains("\"status\":404")
                .contains("\"detail\":")
                .contains("\"instance\":\"/api/v2/unknown\"");
    }

    @Test
    void keepsTheAllowHeaderOfAMethodNotAllowed() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.delete("/actuator/health"));

        handler.handle(exchange, new MethodNotAllowedException(HttpMethod.DELETE, Set.of(HttpMethod.GET)))
                .block(Duration.ofSeconds(5));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW)).isEqualTo("GET");
        assertThat(body(exchange)).contains("\"status\":405").contains("\"title\":\"Method Not Allowed\"");
    }

    @Test
    void answersAnUnexpectedErrorWithoutLeakingItsMessage() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/platforms"));

        handler.handle(exchange, new IllegalStateException("secret connection string")).block(Duration.ofSeconds(5));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(body(exchange)).contains("\"status\":500").doesNotContain("secret");
    }

    private static String body(MockServerWebExchange exchange) {
        return exchange.getResponse().getBodyAsString().block(Duration.ofSeconds(5));
    }
}
