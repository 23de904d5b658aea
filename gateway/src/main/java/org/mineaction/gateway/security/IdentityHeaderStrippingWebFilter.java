package org.mineaction.gateway.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes identity and tenant headers a client sent, before anything in the gateway reads them and
 * before the request is forwarded: the services trust these headers, so only the gateway may set
 * them (from a validated token), never a client. Besides the known names, any {@code X-User-*} or
 * {@code X-Tenant-*} header goes, so a header added later cannot be spoofed by default.
 */
@Component
class IdentityHeaderStrippingWebFilter implements WebFilter, Ordered {

    static final Set<String> IDENTITY_HEADERS = Set.of("x-tenant-id", "x-user-id", "x-user-roles", "x-forwarded-user");
    private static final List<String> IDENTITY_PREFIXES = List.of("x-user-", "x-tenant-");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> spoofed = exchange.getRequest().getHeaders().headerNames().stream()
                .filter(IdentityHeaderStrippingWebFilter::isIdentityHeader)
                .toList();
        if (spoofed.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> spoofed.forEach(headers::remove)))
                .build());
    }

    static boolean isIdentityHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return IDENTITY_HEADERS.contains(lower) || IDENTITY_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
