package org.mineaction.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

class IdentityHeaderStrippingWebFilterTest {

    private final IdentityHeaderStrippingWebFilter filter = new IdentityHeaderStrippingWebFilter();

    @Test
    void removesClientSentIdentityAndTenantHeadersWhateverTheirCase() {
        HttpHeaders forwarded = forward(MockServerHttpRequest.get("/api/v1/platforms/KHM")
                .header("X-Tenant-Id", "KHM")
                .header("x-user-id", "someone-else")
                .header("X-USER-ROLES", "ISU_ANALYST")
                .header("X-Forwarded-User", "admin")
                .header("X-User-Email", "spoof@example.org")
                .header("X-Tenant-Country", "COL"));

        assertThat(forwarded.headerNames()).noneMatch(IdentityHeaderStrippingWebFilter::isIdentityHeader);
        assertThat(forwarded.headerNames()).isEmpty();
    }

    @Test
    void keepsEveryOtherHeader() {
        HttpHeaders forwarded = forward(MockServerHttpRequest.post("/api/v1/platforms")
                .header(HttpHeaders.AUTHORIZATION, "Bearer token")
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .header("X-Correlation-Id", "abc")
                .header("X-Forwarded-For", "203.0.113.7")
                .header("X-Userland", "kept: not an identity header")
                .header("X-User-Id", "dropped"));

        assertThat(forwarded.headerNames()).containsExactlyInAnyOrder(
                HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "X-Correlation-Id", "X-Forwarded-For", "X-Userland");
        assertThat(forwarded.getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer token");
    }

    private HttpHeaders forward(MockServerHttpRequest.BaseBuilder<?> request) {
        AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();
        filter.filter(MockServerWebExchange.from(request), exchange -> {
            forwarded.set(exchange);
            return exchange.getResponse().setComplete();
        }).block(Duration.ofSeconds(5));
        return forwarded.get().getRequest().getHeaders();
    }
}
