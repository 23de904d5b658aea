package org.mineaction.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for a Twilio-like SMS provider: it checks the basic auth, records
 * every request with the time it arrived and answers 201 with a sid, 400 for numbers it is told are
 * invalid, and 500 while it is told to be down.
 */
final class FakeSmsProvider implements AutoCloseable {

    static final String ACCOUNT = "AC0123456789";
    static final String TOKEN = "test-auth-token";
    static final String PATH = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";

    record Received(Instant at, String to, String from, String body, String statusCallback, int answer, String sid) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> invalidNumbers = ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private volatile boolean hanging;
    private volatile boolean acceptingSilently;
    private final List<HttpExchange> hung = new CopyOnWriteArrayList<>();

    FakeSmsProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/2010-04-01";
    }

    void down(boolean down) {
        this.down = down;
    }

    /** Takes requests and never answers them (until {@code hang(false)}): the client times out. */
    void hang(boolean hang) {
        this.hanging = hang;
        if (!hang) {
            hung.forEach(HttpExchange::close);
            hung.clear();
        }
    }

    /**
     * Takes each message (it is accepted and would be delivered) but never answers: the client
     * times out not knowing it was taken, the case where a blind retry sends it twice.
     */
    void acceptSilently(boolean silently) {
        this.acceptingSilently = silently;
        if (!silently) {
            hung.forEach(HttpExchange::close);
            hung.clear();
        }
    }

    /** How often the message list was asked for (the check before a retry). */
    int lookups() {
        return lookups.get();
    }

    void invalid(String number) {
        invalidNumbers.add(number);
    }

    void valid(String number) {
        invalidNumbers.remove(number);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> receivedFor(String to) {
        return received.stream().filter(r -> r.to().equals(to)).toList();
    }

    List<Received> acceptedFor(String to) {
        return receivedFor(to).stream().filter(r -> r.answer() == 201).toList();
    }

    private final java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();

    /** Twilio's message list, filtered by {@code To}: what the adapter asks before a retry. */
    private void list(HttpExchange exchange) throws IOException {
        lookups.incrementAndGet();
        String query = exchange.getRequestURI().getRawQuery();
        String to = query == null ? null : parse(query).get("To");
        StringBuilder body = new StringBuilder("{\"messages\": [");
        String separator = "";
        for (Received r : received) {
            if (r.answer() == 201 && (to == null || to.equals(r.to()))) {
                body.append(separator).append("{\"sid\": \"").append(r.sid()).append("\", \"to\": \"")
                        .append(r.to()).append("\", \"body\": \"").append(r.body().replace("\\", "\\\\")
                                .replace("\"", "\\\""))
                        .append("\", \"status\": \"sent\"}");
                separator = ", ";
            }
        }
        byte[] bytes = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        String expected = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
        if ("GET".equals(exchange.getRequestMethod())
                && expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            if (down) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            list(exchange);
            return;
        }
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        int status;
        String body;
        String sid = null;
        if (hanging) {
            received.add(new Received(at, form.get("To"), form.get("From"), form.get("Body"), form.get("StatusCallback"),
                    0, null));
            hung.add(exchange);
            return;
        }
        if (acceptingSilently) {
            received.add(new Received(at, form.get("To"), form.get("From"), form.get("Body"), form.get("StatusCallback"),
                    201, "SM" + UUID.randomUUID().toString().replace("-", "")));
            hung.add(exchange);
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())
                || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
            body = "{\"code\": 20003, \"message\": \"Authenticate\"}";
        } else if (down) {
            status = 500;
            body = "{\"code\": 20500, \"message\": \"Internal Server Error\"}";
        } else if (invalidNumbers.contains(form.get("To"))) {
            status = 400;
            body = "{\"code\": 21211, \"message\": \"The 'To' number " + form.get("To")
                    + " is not a valid phone number.\", \"status\": 400}";
        } else {
            status = 201;
            sid = "SM" + UUID.randomUUID().toString().replace("-", "");
            body = "{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"to\": \"" + form.get("To") + "\"}";
        }
        received.add(new Received(at, form.get("To"), form.get("From"), form.get("Body"), form.get("StatusCallback"),
                status, sid));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
