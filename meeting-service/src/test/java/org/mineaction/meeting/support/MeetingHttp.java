package org.mineaction.meeting.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.testing.Eventually.eventually;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.KafkaTestRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives meeting-service over HTTP as a client would (optionally with a bearer token), seeds its
 * replicas of platforms and members through the real broker, and reads what it published.
 */
public final class MeetingHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String bootstrap;
    private String bearer;

    public MeetingHttp(String base, String bootstrap) {
        this.base = base;
        this.bootstrap = bootstrap;
    }

    /** The same client with this Authorization header on every request (null for none). */
    public MeetingHttp as(String bearerHeader) {
        MeetingHttp other = new MeetingHttp(base, bootstrap);
        other.bearer = bearerHeader;
        return other;
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    public HttpResponse<byte[]> getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path, e);
        }
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, "application/json", json, Map.of());
    }

    public HttpResponse<String> put(String path, String json) {
        return send("PUT", path, "application/json", json, Map.of());
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    /** The body of a response that must have this status. */
    public static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** Asserts a problem+json answer with this status. */
    public static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    // --- replicas, through the broker -------------------------------------------------------

    /** Publishes the platform's registration and waits until meeting-service knows it. */
    public void platform(String country, String timeZone) {
        String data = CatalogueAssertions.example(Type.PLATFORM_REGISTERED, event -> event.put("countryCode", country)
                .put("name", "National Mine Action Platform " + country).put("timeZone", timeZone));
        KafkaTestRecords.publish(bootstrap, Topics.PLATFORM_EVENTS, Type.PLATFORM_REGISTERED.ceType(), country, data);
    }

    /** Publishes a MemberJoined for a new member of the country and returns the id. */
    public String member(String country, String organisationId, String category, String role, String... components) {
        String id = "m-" + UUID.randomUUID();
        String data = CatalogueAssertions.example(Type.MEMBER_JOINED, event -> {
            event.put("memberId", id).put("countryCode", country).put("organisationId", organisationId)
                    .put("stakeholderCategory", category).put("role", role).put("status", "ACTIVE")
                    .put("occurredAt", Instant.now().toString());
            var list = event.putArray("components");
            for (String component : components) {
                list.add(component);
            }
        });
        KafkaTestRecords.publish(bootstrap, Topics.PLATFORM_EVENTS, Type.MEMBER_JOINED.ceType(), country, data);
        return id;
    }

    /** Publishes an organisation's registration (its name, for the minutes). */
    public void organisation(String country, String organisationId, String name, String category) {
        String data = CatalogueAssertions.example(Type.ORGANISATION_REGISTERED, event -> event
                .put("organisationId", organisationId).put("countryCode", country).put("name", name)
                .put("stakeholderCategory", category).put("occurredAt", Instant.now().toString()));
        KafkaTestRecords.publish(bootstrap, Topics.PLATFORM_EVENTS, Type.ORGANISATION_REGISTERED.ceType(), country,
                data);
    }

    /** Waits until a meeting of the country can be created, i.e. the platform replica has it. */
    public void awaitPlatform(String country) {
        eventually(() -> assertThat(get("/api/v1/platforms/" + country + "/meetings/cadence/next").statusCode())
                .isEqualTo(200));
    }

    // --- what was published ---------------------------------------------------------------

    /** Every meeting event about which {@code matches} holds, once at least {@code count} are there, each checked against the catalogue. */
    public List<ConsumerRecord<String, String>> events(int count, Predicate<JsonNode> matches) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        eventually(() -> {
            found.clear();
            for (ConsumerRecord<String, String> record : KafkaTestRecords.readAll(bootstrap, Topics.MEETING_EVENTS, 1)) {
                if (matches.test(JSON.readTree(record.value()))) {
                    found.add(record);
                }
            }
            assertThat(found.stream().map(ConsumerRecord::value).toList()).hasSizeGreaterThanOrEqualTo(count);
        });
        found.forEach(CatalogueAssertions::assertConformsToCatalogue);
        return found;
    }

    /** The events about this id (a meeting, action point or commitment) by ce_type, in order. */
    public Map<String, List<JsonNode>> eventsAbout(String field, String id, int count) {
        Map<String, List<JsonNode>> byType = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : events(count, node -> id.equals(node.path(field).asString()))) {
            byType.computeIfAbsent(CatalogueAssertions.header(record, "ce_type"), t -> new ArrayList<>())
                    .add(JSON.readTree(record.value()));
        }
        return byType;
    }

    public static String type(EventCatalogue.Type type) {
        return type.ceType();
    }
}
