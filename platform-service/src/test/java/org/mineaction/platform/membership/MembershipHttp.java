package org.mineaction.platform.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.testing.security.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.testing.KafkaTestRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives platform-service over HTTP as a client would, and reads what it published. */
public final class MembershipHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern COUNTRY_PATH = Pattern.compile("^/api/v1/platforms/([A-Za-z]{3})(/|$)");

    private final String base;
    private final String bootstrap;

    public MembershipHttp(int port, String bootstrap) {
        this.base = "http://localhost:" + port;
        this.bootstrap = bootstrap;
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!headers.containsKey("Authorization")) {
            request.header("Authorization", defaultToken(path));
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Who a test acts as unless it says otherwise: the lead of the country in the path (they may do
     * everything there), the operator elsewhere (registering platforms).
     */
    public static String defaultToken(String path) {
        Matcher country = COUNTRY_PATH.matcher(path);
        return country.find() ? TestTokens.member("it-lead", country.group(1).toUpperCase(java.util.Locale.ROOT),
                PlatformRole.LEAD) : TestTokens.global("it-operator", GlobalRole.OPERATOR);
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return send("POST", path, "application/json", json, Map.of());
    }

    public HttpResponse<String> put(String path, String json, Map<String, String> headers) throws Exception {
        return send("PUT", path, "application/json", json, headers);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null, Map.of());
    }

    public HttpResponse<String> delete(String path) throws Exception {
        return send("DELETE", path, null, null, Map.of());
    }

    /** Registers the country's platform unless it already is. */
    public void platform(String country, String timeZone) throws Exception {
        HttpResponse<String> response = post("/api/v1/platforms", """
                {"countryCode":"%s","name":"National Mine Action Platform %s","languages":["fr","en"],
                 "timeZone":"%s","contactEmail":"lead@%s.example.org"}""".formatted(country, country, timeZone,
                country.toLowerCase()));
        assertThat(response.statusCode()).isIn(201, 409);
    }

    /** Creates an organisation with a unique name and returns its id. */
    public String organisation(String country, String category) throws Exception {
        HttpResponse<String> response = post("/api/v1/platforms/" + country + "/organisations",
                "{\"name\":\"Org %s\",\"category\":\"%s\",\"countryOfOrigin\":\"NOR\"}".formatted(UUID.randomUUID(), category));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    public static String memberBody(String organisationId, String email, String phone) {
        return """
                {"name":"Sophea Chan","organisationId":"%s","role":"MEMBER","components":["TECHNICAL","PARTICIPATORY"],
                 "email":"%s","phone":"%s","language":"fr",
                 "notificationPreferences":{"EMAIL":["INVITATIONS","MINUTES"],"SMS":[]},
                 "consentTextVersion":"2026-1","gender":"FEMALE","ageGroup":"AGE_25_39","survivor":true}
                """.formatted(organisationId, email, phone);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@ngo.example.org";
    }

    /** The records on a topic whose data names the given member. */
    public List<ConsumerRecord<String, String>> eventsAbout(String topic, String memberId) {
        return KafkaTestRecords.readAll(bootstrap, topic, 1).stream()
                .filter(record -> record.value().contains("\"memberId\":\"" + memberId + "\"")).toList();
    }
}
