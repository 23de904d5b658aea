package org.mineaction.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A read-only look at what the local mail server received, for a person at a browser or curl:
 * {@code GET /messages} (JSON, optional {@code ?to=address}) and {@code GET /} (a plain HTML list).
 * JDK HttpServer on localhost only; nothing to configure, nothing to secure beyond that.
 */
public final class MailViewer implements AutoCloseable {

    private final int port;
    private final Supplier<List<MimeMessage>> messages;
    private HttpServer server;
    private ExecutorService executor;

    public MailViewer(int port, Supplier<List<MimeMessage>> messages) {
        this.port = port;
        this.messages = messages;
    }

    /** What the viewer shows of one message. */
    public record MessageView(String from, List<String> to, String subject, Instant date, String text) {

        static MessageView of(MimeMessage message) {
            try {
                Date sent = message.getSentDate();
                return new MessageView(
                        join(message.getFrom()).stream().findFirst().orElse(""),
                        join(message.getRecipients(Message.RecipientType.TO)),
                        Optional.ofNullable(message.getSubject()).orElse(""),
                        sent != null ? sent.toInstant() : null,
                        text(message));
            } catch (MessagingException | IOException e) {
                return new MessageView("", List.of(), "(unreadable message: " + e.getMessage() + ")", null, "");
            }
        }

        private static List<String> join(Address[] addresses) {
            return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
        }

        /** The text/plain body; the HTML one if there is no plain text; nothing for attachments. */
        static String text(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return String.valueOf(part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                String html = null;
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (child.isMimeType("text/html") && html == null) {
                        html = String.valueOf(child.getContent());
                        continue;
                    }
                    String text = text(child);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
                return html != null ? html : "";
            }
            if (part.isMimeType("text/html")) {
                return String.valueOf(part.getContent());
            }
            return "";
        }

        String toJson() {
            StringBuilder json = new StringBuilder("{\"from\":").append(Json.quote(from)).append(",\"to\":[");
            for (int i = 0; i < to.size(); i++) {
                json.append(i == 0 ? "" : ",").append(Json.quote(to.get(i)));
            }
            return json.append("],\"subject\":").append(Json.quote(subject))
                    .append(",\"date\":").append(date == null ? "null" : Json.quote(date.toString()))
                    .append(",\"text\":").append(Json.quote(text)).append('}').toString();
        }
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new SuiteStartupException("The mail viewer could not listen on localhost:" + port + ": "
                    + e.getMessage(), e);
        }
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "mail-viewer");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server == null ? port : server.getAddress().getPort();
    }

    List<MessageView> views(String toFilter) {
        List<MessageView> views = new ArrayList<>();
        for (MimeMessage message : messages.get()) {
            MessageView view = MessageView.of(message);
            if (toFilter == null || view.to().stream()
                    .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(toFilter.toLowerCase(Locale.ROOT)))) {
                views.add(view);
            }
        }
        return views;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream ignored = exchange.getRequestBody()) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "read-only: GET /messages or GET /");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String to = query(exchange, "to");
            switch (path) {
                case "/messages" -> {
                    StringBuilder json = new StringBuilder("[");
                    List<MessageView> views = views(to);
                    for (int i = 0; i < views.size(); i++) {
                        json.append(i == 0 ? "" : ",").append(views.get(i).toJson());
                    }
                    send(exchange, 200, "application/json", json.append(']').toString());
                }
                case "/" -> send(exchange, 200, "text/html; charset=utf-8", html(views(to)));
                default -> send(exchange, 404, "text/plain", "not found; try /messages");
            }
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String html(List<MessageView> views) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html><head><meta charset="utf-8"><title>Local mail</title>
                <style>body{font-family:sans-serif;margin:2em}article{border-bottom:1px solid #ccc;padding:1em 0}
                pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}</style></head><body>
                <h1>Mail sent by the local suite</h1><p>""");
        html.append(views.size()).append(" message(s), newest first. JSON: <a href=\"/messages\">/messages</a></p>");
        for (int i = views.size() - 1; i >= 0; i--) {
            MessageView view = views.get(i);
            html.append("<article><b>").append(Json.escapeHtml(view.subject())).append("</b><br>")
                    .append("to ").append(Json.escapeHtml(String.join(", ", view.to())))
                    .append(" from ").append(Json.escapeHtml(view.from()))
                    .append(view.date() == null ? "" : " at " + view.date())
                    .append("<pre>").append(Json.escapeHtml(view.text())).append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
