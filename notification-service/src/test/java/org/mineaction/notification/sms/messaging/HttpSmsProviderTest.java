package org.mineaction.notification.sms.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.sms.SmsProperties;
import org.mineaction.notification.sms.SmsProviderException;
import org.mineaction.notification.sms.SmsRejectedException;
import org.mineaction.notification.sms.domain.PhoneNumber;
import org.mineaction.notification.sms.domain.SmsMessage;

/** The adapter against a real HTTP server (the JDK's), answering as the provider would. */
class HttpSmsProviderTest {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 201;
    private volatile String body = "{\"sid\": \"SM0123\", \"status\": \"queued\"}";
    private volatile boolean hang;
    private final List<HttpExchange> hung = new CopyOnWriteArrayList<>();

    HttpSmsProviderTest() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/2010-04-01/Accounts/AC42/Messages.json", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        hung.forEach(HttpExchange::close);
        server.stop(0);
    }

    @Test
    void postsTheFormWithBasicAuthAndReturnsTheSid() {
        String sid = provider().send(sms("Réunion le 10/12 à 9h30 & ordre du jour"));

        assertThat(sid).isEqualTo("SM0123");
        assertThat(authorizations).containsExactly("Basic " + Base64.getEncoder()
                .encodeToString("AC42:token".getBytes(StandardCharsets.UTF_8)));
        assertThat(URLDecoder.decode(requests.getFirst(), StandardCharsets.UTF_8)).isEqualTo(
                "To=+85512345678&From=+15005550006&Body=Réunion le 10/12 à 9h30 & ordre du jour"
                        + "&StatusCallback=https://hub.example.org/api/v1/notifications/sms/status");
    }

    @Test
    void anInvalidNumberIsPermanentWithTheProvidersReasonAndNoNumberInIt() {
        status = 400;
        body = "{\"code\": 21211, \"message\": \"The 'To' number +85512345678 is not a valid phone number.\"}";

        assertThatThrownBy(() -> provider().send(sms("Hello"))).isInstanceOf(SmsRejectedException.class)
                .hasMessage("the SMS provider answered 400 (code 21211): The 'To' number *** is not a valid phone number.");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 429, 408, 401, 403, 404})
    void otherAnswersAreTransient(int answer) {
        status = answer;
        body = "{\"code\": 20500, \"message\": \"try later\"}";

        assertThatThrownBy(() -> provider().send(sms("Hello"))).isInstanceOf(SmsProviderException.class)
                .hasMessageContaining(String.valueOf(answer));
    }

    @Test
    void aTimeoutIsTransient() {
        hang = true;

        assertThatThrownBy(() -> provider().send(sms("Hello"))).isInstanceOf(SmsProviderException.class)
                .hasMessageContaining("did not answer");
    }

    @Test
    void anUnreachableProviderIsTransient() {
        server.stop(0);

        assertThatThrownBy(() -> provider().send(sms("Hello"))).isInstanceOf(SmsProviderException.class);
    }

    @Test
    void aMissingAccountIsRefusedWithoutCallingAnyone() {
        HttpSmsProvider unconfigured = new HttpSmsProvider(properties("", ""));

        assertThatThrownBy(() -> unconfigured.send(sms("Hello"))).isInstanceOf(SmsRejectedException.class)
                .hasMessageContaining("SMS_ACCOUNT_SID");
        assertThat(requests).isEmpty();
    }

    private HttpSmsProvider provider() {
        return new HttpSmsProvider(properties("AC42", "token"));
    }

    private SmsProperties properties(String sid, String token) {
        return new SmsProperties(new SmsProperties.Provider("http://127.0.0.1:" + server.getAddress().getPort()
                + "/2010-04-01/", sid, token, "+15005550006", "https://hub.example.org/api/v1/notifications/sms/status",
                Duration.ofSeconds(2), Duration.ofSeconds(2)), 1, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
                new SmsProperties.Quiet(LocalTime.of(21, 0), LocalTime.of(8, 0)),
                new SmsProperties.Retry(3, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10)));
    }

    private static SmsMessage sms(String text) {
        PhoneNumber phone = new PhoneNumber("+85512345678");
        return SmsMessage.queue(SmsMessage.keyFor("reminder", "m-1", phone, text), "reminder", "meeting-reminder",
                "KHM", new SmsMessage.Recipient(phone, null, ZoneId.of("UTC"), "member-1"), "fr", text, null,
                Instant.parse("2026-11-23T10:00:00Z"), new QuietHours(LocalTime.NOON, LocalTime.NOON));
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        if (hang) {
            hung.add(exchange);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
