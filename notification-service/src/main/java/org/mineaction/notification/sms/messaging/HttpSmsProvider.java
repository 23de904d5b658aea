package org.mineaction.notification.sms.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mineaction.notification.sms.SmsProperties;
import org.mineaction.notification.sms.SmsProvider;
import org.mineaction.notification.sms.SmsProviderException;
import org.mineaction.notification.sms.SmsRejectedException;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.springframework.context.annotation.Profile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;

/**
 * A REST SMS API in Twilio's shape: {@code POST {base}/Accounts/{sid}/Messages.json}, a
 * form-encoded To, From, Body and StatusCallback, HTTP basic auth with the account SID and auth
 * token, a JSON answer with the message's {@code sid}.
 *
 * <p>400, 410 and 422 are the provider refusing this message (invalid or unreachable number, number
 * unsubscribed, ...): permanent for that message only. Every other answer is transient: 5xx,
 * timeouts and connection failures, but also 408 and 429 ("not now") and 401, 403, 404, which say
 * our account or URL is wrong: that fails every message alike, opens the breaker and must not
 * turn every SMS into a permanent failure before an operator fixes the configuration.
 *
 * <p>A timeout leaves it open whether the provider took the message; before a retry the dispatcher
 * asks {@link #findAccepted}, so the retry does not send a second SMS.
 */
@Component
@Profile("!local")
class HttpSmsProvider implements SmsProvider {

    private static final java.util.Set<Integer> REFUSES_THIS_MESSAGE = java.util.Set.of(400, 410, 422);
    private static final Pattern SID = Pattern.compile("\"sid\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*(\\d+)");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{6,}[0-9]");

    private static final java.util.Set<String> REFUSED_STATUSES = java.util.Set.of("failed", "undelivered",
            "canceled");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SmsProperties.Provider account;
    private final HttpClient http;

    HttpSmsProvider(SmsProperties properties) {
        this.account = properties.provider();
        this.http = HttpClient.newBuilder().connectTimeout(account.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public String send(SmsMessage message) {
        if (account.accountSid().isBlank() || account.authToken().isBlank() || account.from().isBlank()) {
            throw new SmsRejectedException("the SMS provider is not configured (SMS_ACCOUNT_SID, SMS_AUTH_TOKEN, SMS_FROM)");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", message.recipient().phone().value());
        form.put("From", account.from());
        form.put("Body", message.text());
        if (!account.statusCallbackUrl().isBlank()) {
            form.put("StatusCallback", account.statusCallbackUrl());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(messagesUrl()))
                .timeout(account.requestTimeout())
                .header("Authorization", basicAuth())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsProviderException("the SMS provider did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsProviderException("interrupted while sending", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            Matcher sid = SID.matcher(response.body());
            if (!sid.find()) {
                throw new SmsProviderException("the SMS provider accepted the message but named no sid", null);
            }
            return sid.group(1);
        }
        String reason = "the SMS provider answered " + status + describe(response.body());
        if (REFUSES_THIS_MESSAGE.contains(status)) {
            throw new SmsRejectedException(reason);
        }
        throw new SmsProviderException(reason, null);
    }

    /**
     * Twilio has no idempotency key on message creation, so the provider-side check is its message
     * list: {@code GET .../Messages.json?To=..&DateSent>=..}, looking for a message to the same phone
     * with the same text that the provider did not refuse. Our texts name their subject and time, so
     * an equal text to the same phone on the same days is the same message.
     */
    @Override
    public Optional<String> findAccepted(SmsMessage message) {
        if (account.accountSid().isBlank() || account.authToken().isBlank()) {
            return Optional.empty();
        }
        String since = message.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1).toString();
        String query = "To=" + URLEncoder.encode(message.recipient().phone().value(), StandardCharsets.UTF_8)
                + "&" + URLEncoder.encode("DateSent>", StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(since, StandardCharsets.UTF_8) + "&PageSize=100";
        HttpRequest request = HttpRequest.newBuilder(URI.create(messagesUrl() + "?" + query))
                .timeout(account.requestTimeout())
                .header("Authorization", basicAuth())
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SmsProviderException("the SMS provider did not answer whether it took the message: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsProviderException("interrupted while asking the provider", e);
        }
        if (response.statusCode() != 200) {
            throw new SmsProviderException("the SMS provider answered " + response.statusCode()
                    + " when asked whether it took the message" + describe(response.body()), null);
        }
        JsonNode messages = JSON.readTree(response.body()).path("messages");
        for (JsonNode sent : messages) {
            String status = sent.path("status").asString("");
            if (message.recipient().phone().value().equals(sent.path("to").asString(null))
                    && message.text().equals(sent.path("body").asString(null))
                    && !REFUSED_STATUSES.contains(status) && sent.hasNonNull("sid")) {
                return Optional.of(sent.path("sid").asString());
            }
        }
        return Optional.empty();
    }

    private String messagesUrl() {
        return stripSlash(account.baseUrl()) + "/Accounts/" + URLEncoder.encode(account.accountSid(),
                StandardCharsets.UTF_8) + "/Messages.json";
    }

    private String basicAuth() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
    }

    /** The provider's code and message, with any phone number in it masked. */
    private static String describe(String body) {
        if (body == null) {
            return "";
        }
        StringBuilder description = new StringBuilder();
        Matcher code = CODE.matcher(body);
        if (code.find()) {
            description.append(" (code ").append(code.group(1)).append(')');
        }
        Matcher message = MESSAGE.matcher(body);
        if (message.find()) {
            description.append(": ").append(PHONE.matcher(message.group(1)).replaceAll("***"));
        }
        return description.toString();
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
