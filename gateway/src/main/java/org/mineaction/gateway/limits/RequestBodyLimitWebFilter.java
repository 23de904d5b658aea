package org.mineaction.gateway.limits;

import org.mineaction.gateway.problem.ProblemResponseWriter;
import org.mineaction.gateway.problem.ProblemTypes;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit with {@code 413 application/problem+json} before anything is
 * forwarded.
 *
 * <ul>
 * <li>A declared {@code Content-Length} over the limit is refused without reading the body.</li>
 * <li>A body of unknown length ({@code Transfer-Encoding: chunked}) is read up to the limit; past it
 * the request is refused, otherwise the buffered body (at most the limit) is forwarded with a
 * {@code Content-Length}. The downstream service never sees part of an oversized body.</li>
 * <li>Anything else streams through untouched: over HTTP/1.1 a body cannot outgrow its
 * {@code Content-Length}.</li>
 * </ul>
 * Spring Cloud Gateway's own {@code RequestSize} filter only checks {@code Content-Length} and
 * answers with an empty body, hence this filter.
 */
@Component
class RequestBodyLimitWebFilter implements WebFilter, Ordered {

    private final int maxBytes;
    private final ProblemResponseWriter problems;

    RequestBodyLimitWebFilter(RequestBodyLimitProperties properties, ProblemResponseWriter problems) {
        this.maxBytes = (int) properties.maxSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long declaredLength = headers.getContentLength();
        if (declaredLength > maxBytes) {
            return refuse(exchange);
        }
        if (declaredLength < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return forwardBuffered(exchange, chain);
        }
        return chain.filter(exchange);
    }

    private Mono<Void> forwardBuffered(ServerWebExchange exchange, WebFilterChain chain) {
        return DataBufferUtils.join(exchange.getRequest().getBody(), maxBytes)
                .map(RequestBodyLimitWebFilter::drain)
                .defaultIfEmpty(new byte[0])
                .onErrorResume(DataBufferLimitException.class, tooLarge -> refuse(exchange).then(Mono.empty()))
                .flatMap(body -> chain.filter(exchange.mutate().request(withBody(exchange, body)).build()));
    }

    private static byte[] drain(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        }
        finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static ServerHttpRequest withBody(ServerWebExchange exchange, byte[] body) {
        DataBufferFactory buffers = exchange.getResponse().bufferFactory();
        ServerHttpRequest fixedLength = exchange.getRequest().mutate()
                .headers(headers -> {
                    headers.remove(HttpHeaders.TRANSFER_ENCODING);
                    headers.setContentLength(body.length);
                })
                .build();
        return new ServerHttpRequestDecorator(fixedLength) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.length == 0 ? Flux.empty() : Flux.defer(() -> Flux.just(buffers.wrap(body)));
            }
        };
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the limit of " + maxBytes + " bytes");
        problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
        problem.setProperty("maxBytes", maxBytes);
        return problems.write(exchange, problem);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
