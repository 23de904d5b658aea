package org.mineaction.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for one downstream service: records what reaches it and answers
 * by path: {@code .../missing} 404 and {@code .../invalid} 400 with the service's own problem+json,
 * {@code .../overloaded} 503 with its own body, anything else 200 JSON naming the service. Can be
 * stopped (connections are then refused) and started again on the same port.
 */
final class DownstreamStub implements AutoCloseable {

    static final String NOT_FOUND_PROBLEM = """
            {"type":"https://mineaction.org/problems/not-found","title":"Not Found","status":404,\
            "detail":"No platform is registered for XYZ","instance":"/api/v1/platforms/missing"}""";
    static final String INVALID_PROBLEM = """
            {"type":"https://mineaction.org/problems/validation-failed","title":"Bad Request","status":400,\
            "detail":"The request has invalid fields","instance":"/api/v1/platforms/invalid",\
            "errors":[{"field":"countryCode","message":"must be an ISO 3166-1 alpha-3 code"}]}""";
    static final String OVERLOADED_PROBLEM = """
            {"title":"Service Unavailable","status":503,"detail":"Shedding load, own answer of the service"}""";

    /** What reached the stub. */
    record Received(String method, String pathAndQuery, Headers headers, byte[] body) {
    }

    private final String service;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private volatile int port;
    private volatile HttpServer server;

    private DownstreamStub(String service) {
        this.service = service;
    }

    static DownstreamStub start(String service) {
        DownstreamStub stub = new DownstreamStub(service);
        stub.startOn(0);
        return stub;
    }

    String service() {
        return service;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void forget() {
        received.clear();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized void restart() {
        if (server == null) {
            startOn(port);
        }
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }

    private void startOn(int requestedPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 0);
            created.setExecutor(executor);
            created.createContext("/", this::handle);
            created.start();
            port = created.getAddress().getPort();
            server = created;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getPath();
            Headers headers = new Headers();
            headers.putAll(exchange.getRequestHeaders());
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body.readAllBytes()));
            if (path.endsWith("/missing")) {
                respond(exchange, 404, "application/problem+json", NOT_FOUND_PROBLEM);
            }
            else if (path.endsWith("/invalid")) {
                respond(exchange, 400, "application/problem+json", INVALID_PROBLEM);
            }
            else if (path.endsWith("/overloaded")) {
                respond(exchange, 503, "application/problem+json", OVERLOADED_PROBLEM);
            }
            else {
                respond(exchange, 200, "application/json",
                        "{\"service\":\"" + service + "\",\"path\":\"" + exchange.getRequestURI() + "\"}");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
