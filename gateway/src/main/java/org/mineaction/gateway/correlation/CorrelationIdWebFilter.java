package org.mineaction.gateway.correlation;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request a correlation id before anything else runs: the client's
 * {@code X-Correlation-Id} if it is sane, a new UUID otherwise. The id is forwarded to the
 * downstream service (request header), echoed to the client (response header, also on errors the
 * gateway answers itself) and put in the logging context ({@code correlationId} MDC key, carried
 * across threads by Reactor's automatic context propagation).
 *
 * <p>A {@link WebFilter} rather than a gateway {@code GlobalFilter}, so that requests no route
 * matches (404, actuator) get an id too.
 */
@Component
class CorrelationIdWebFilter implements WebFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HTTP_HEADER));
        ServerWebExchange tagged = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(CorrelationId.HTTP_HEADER, id)))
                .build();
        tagged.getAttributes().put(CorrelationId.EXCHANGE_ATTRIBUTE, id);
        ServerHttpResponse response = tagged.getResponse();
        // Set at commit time: replaces whatever the downstream echoed, survives error handling.
        response.beforeCommit(() -> Mono.fromRunnable(() -> response.getHeaders().set(CorrelationId.HTTP_HEADER, id)));
        return chain.filter(tagged).contextWrite(Context.of(CorrelationId.MDC_KEY, id));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
