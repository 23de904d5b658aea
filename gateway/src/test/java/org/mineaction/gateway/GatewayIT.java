package org.mineaction.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mineaction.testing.security.TestIdentityProvider;
import org.mineaction.testing.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as deployed: started on a random port, its routes pointed at real HTTP servers this
 * test runs (one per service), driven over HTTP.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class GatewayIT {

    private static final int ONE_MIB = 1024 * 1024;
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String LEAD_OF_KHM = TestTokens.member("lead-khm", "KHM", Role.LEAD);
    /** Marks a request sent without any Authorization header. */
    private static final String ANONYMOUS = "anonymous";

    /** The role names tokens carry (the services' own enums live in the chassis, which the gateway does not use). */
    enum Role { LEAD, MEMBER, ISU_ANALYST, OPERATOR }

    static final DownstreamStub platform = DownstreamStub.start("platform-service");
    static final DownstreamStub meeting = DownstreamStub.start("meeting-service");
    static final DownstreamStub reporting = DownstreamStub.start("reporting-service");
    static final DownstreamStub notification = DownstreamStub.start("notification-service");
    static final Map<String, DownstreamStub> STUBS = Map.of(
            "platform-service", platform, "meeting-service", meeting,
            "reporting-service", reporting, "notification-service", notification);

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    TimeLimiterRegistry timeLimiters;
    @Autowired
    io.github.resilience4j.bulkhead.BulkheadRegistry bulkheads;

    @Value("${spring.cloud.gateway.server.webflux.httpclient.response-timeout}")
    Duration responseTimeout;

    @DynamicPropertySource
    static void pointRoutesAtStubs(DynamicPropertyRegistry registry) {
        registry.add("PLATFORM_SERVICE_URL", platform::baseUrl);
        registry.add("MEETING_SERVICE_URL", meeting::baseUrl);
        registry.add("REPORTING_SERVICE_URL", reporting::baseUrl);
        registry.add("NOTIFICATION_SERVICE_URL", notification::baseUrl);
        TestIdentityProvider.get().properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeEach
    void everyServiceUpAndForgotten() {
        STUBS.values().forEach(stub -> {
            stub.restart();
            stub.forget();
        });
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @AfterAll
    static void stopStubs() {
        STUBS.values().forEach(DownstreamStub::close);
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/platforms/KHM?view=full", "platform-service"),
                Arguments.of("POST", "/api/v1/platforms", "platform-service"),
                Arguments.of("GET", "/api/v1/platforms/KHM/members?page=2", "platform-service"),
                Arguments.of("POST", "/oauth2/token", "platform-service"),
                Arguments.of("GET", "/.well-known/openid-configuration", "platform-service"),
                Arguments.of("POST", "/login", "platform-service"),
                Arguments.of("POST", "/invitations/abc123/accept", "platform-service"),
                Arguments.of("GET", "/api/v1/platforms/KHM/meetings", "meeting-service"),
                Arguments.of("PUT", "/api/v1/platforms/KHM/meetings/7/agenda", "meeting-service"),
                Arguments.of("POST", "/api/v1/platforms/KHM/action-points", "meeting-service"),
                Arguments.of("GET", "/api/v1/platforms/KHM/commitments?year=2026", "meeting-service"),
                Arguments.of("GET", "/api/v1/platforms/KHM/dashboard", "reporting-service"),
                Arguments.of("GET", "/api/v1/platforms/KHM/notifications/deliveries", "notification-service"),
                Arguments.of("GET", "/api/v1/meetings/42/minutes", "meeting-service"),
                Arguments.of("GET", "/api/v1/reports/platforms", "reporting-service"),
                Arguments.of("GET", "/api/v1/me", "platform-service"),
                Arguments.of("PUT", "/api/v1/me/memberships/m-1/preferences", "platform-service"),
                Arguments.of("PUT", "/api/v1/notifications/preferences", "notification-service"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("routes")
    void routesEachPrefixToItsService(String method, String pathAndQuery, String service) {
        HttpResponse<String> response = send(request(pathAndQuery).method(method, BodyPublishers.ofString("{\"a\":1}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("service").asString()).isEqualTo(service);
        DownstreamStub target = STUBS.get(service);
        assertThat(target.received()).singleElement().satisfies(received -> {
            assertThat(received.method()).isEqualTo(method);
            assertThat(received.pathAndQuery()).isEqualTo(pathAndQuery);
            assertThat(new String(received.body())).isEqualTo("{\"a\":1}");
        });
        STUBS.values().stream().filter(other -> other != target)
                .forEach(other -> assertThat(other.received()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/unknown", "/api/v1/platformsX", "/api/v2/platforms/KHM", "/"})
    void answersAnUnroutedPathWithNotFoundProblem(String path) {
        HttpResponse<String> response = send(request(path).GET());

        assertProblem(response, 404, path);
        STUBS.values().forEach(stub -> assertThat(stub.received()).isEmpty());
    }

    @Test
    void answersAWrongMethodWithMethodNotAllowedProblem() {
        HttpResponse<String> response = send(request("/actuator/health/readiness").DELETE());

        assertProblem(response, 405, "/actuator/health/readiness");
        assertThat(response.headers().firstValue("Allow")).isPresent();
    }

    @Test
    void exposesReadinessAndLivenessProbes() {
        for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
            HttpResponse<String> response = send(request(probe).GET());
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(body(response).get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void forwardsASaneCorrelationIdAndEchoesIt() {
        HttpResponse<String> response = send(request("/api/v1/platforms/KHM").header("X-Correlation-Id", "it-corr-42").GET());

        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("it-corr-42");
        assertThat(platform.received()).singleElement()
                .satisfies(received -> assertThat(received.headers().get("X-Correlation-Id")).containsExactly("it-corr-42"));
    }

    @Test
    void replacesAMalformedCorrelationIdAndUsesTheNewOneOnBothSides() {
        HttpResponse<String> response = send(request("/api/v1/meetings/1").header("X-Correlation-Id", "not/ok;" + "x".repeat(70)).GET());

        String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(meeting.received()).singleElement()
                .satisfies(received -> assertThat(received.headers().get("X-Correlation-Id")).containsExactly(id));
    }

    @Test
    void echoesACorrelationIdOnErrorsTheGatewayAnswersItself() {
        HttpResponse<String> response = send(request("/api/v1/unknown").header("X-Correlation-Id", "lost-client-1").GET());

        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("lost-client-1");
        assertThat(body(response).get("correlationId").asString()).isEqualTo("lost-client-1");
    }

    @Test
    void stripsSpoofedIdentityHeadersAndKeepsTheRest() {
        send(request("/api/v1/platforms/KHM")
                .header("X-Tenant-Id", "COL")
                .header("X-User-Id", "someone-else")
                .header("X-User-Roles", "ISU_ANALYST,OPERATOR")
                .header("X-Forwarded-User", "admin")
                .header("x-user-email", "spoof@example.org")
                .header("Authorization", LEAD_OF_KHM)
                .header("Accept-Language", "fr")
                .GET());

        DownstreamStub.Received received = platform.received().getFirst();
        assertThat(received.headers().keySet())
                .noneMatch(name -> name.toLowerCase().startsWith("x-user-") || name.equalsIgnoreCase("x-tenant-id")
                        || name.equalsIgnoreCase("x-forwarded-user"));
        assertThat(received.headers().getFirst("Authorization")).as("the token travels on").isEqualTo(LEAD_OF_KHM);
        assertThat(received.headers().getFirst("Accept-Language")).isEqualTo("fr");
    }

    @Test
    void refusesADeclaredBodyOverOneMibWithoutForwardingIt() {
        HttpResponse<String> response = send(request("/api/v1/platforms")
                .POST(BodyPublishers.ofByteArray(new byte[ONE_MIB + 1])));

        assertProblem(response, 413, "/api/v1/platforms");
        assertThat(body(response).get("type").asString()).isEqualTo("https://mineaction.org/problems/payload-too-large");
        assertThat(platform.received()).isEmpty();
    }

    @Test
    void refusesAChunkedBodyThatGrowsOverOneMibWithoutForwardingIt() {
        HttpResponse<String> response = send(request("/api/v1/meetings").POST(chunked(new byte[ONE_MIB + 1])));

        assertProblem(response, 413, "/api/v1/meetings");
        assertThat(meeting.received()).isEmpty();
    }

    @Test
    void forwardsBodiesOfExactlyOneMibWhole() {
        HttpResponse<String> fixed = send(request("/api/v1/platforms").POST(BodyPublishers.ofByteArray(new byte[ONE_MIB])));
        HttpResponse<String> chunked = send(request("/api/v1/platforms").POST(chunked(new byte[ONE_MIB])));

        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(chunked.statusCode()).isEqualTo(200);
        assertThat(platform.received()).hasSize(2).allSatisfy(received -> assertThat(received.body()).hasSize(ONE_MIB));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/platforms/missing", "/api/v1/platforms/invalid"})
    void passesTheServicesOwnClientErrorProblemsThroughUntouched(String path) {
        // An operator passes the gateway's country check; the service answers for itself.
        HttpResponse<String> response = send(request(path).header("Authorization", TestTokens.global("operator", Role.OPERATOR)).GET());

        String expected = path.endsWith("missing") ? DownstreamStub.NOT_FOUND_PROBLEM : DownstreamStub.INVALID_PROBLEM;
        assertThat(response.statusCode()).isEqualTo(path.endsWith("missing") ? 404 : 400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(response.body()).isEqualTo(expected);
        assertThat(circuitBreakers.circuitBreaker("platform-service").getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void relaysAServiceUnavailableAnswerOfTheServiceAndCountsItAgainstItsBreaker() {
        HttpResponse<String> response = send(request("/api/v1/reports/overloaded").GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo(DownstreamStub.OVERLOADED_PROBLEM);
        assertThat(circuitBreakers.circuitBreaker("reporting-service").getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform-service", "meeting-service", "reporting-service", "notification-service"})
    void answersServiceUnavailableNamingTheStoppedServiceWithinTwoSeconds(String service, CapturedOutput output) {
        STUBS.get(service).stop();
        String path = pathOf(service);

        long started = System.nanoTime();
        HttpResponse<String> response = send(request(path).header("X-Correlation-Id", "down-" + service).GET());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertProblem(response, 503, path);
        assertThat(body(response).get("service").asString()).isEqualTo(service);
        assertThat(body(response).get("type").asString()).isEqualTo("https://mineaction.org/problems/service-unavailable");
        // The other services are still served.
        STUBS.keySet().stream().filter(other -> !other.equals(service))
                .forEach(other -> assertThat(send(request(pathOf(other)).GET()).statusCode()).as(other).isEqualTo(200));
        // The gateway's log line about it carries the request's correlation id.
        assertThat(output.getOut()).containsPattern("\\[down-" + service + "].*" + service + " unavailable");
    }

    @Test
    void opensTheBreakerOfAStoppedServiceAndRecoversOnItsOwnWhenItIsBack() {
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("platform-service");
        platform.stop();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertProblem(send(request("/api/v1/platforms/KHM").GET()), 503, "/api/v1/platforms/KHM");
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        });
        // Open: refused straight away, still naming the service.
        HttpResponse<String> whileOpen = send(request("/api/v1/platforms/KHM").GET());
        assertThat(body(whileOpen).get("service").asString()).isEqualTo("platform-service");

        platform.restart();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> response = send(request("/api/v1/platforms/KHM").GET());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        });
    }

    @Test
    void givesTheMemberImportItsOwnBreakerWithALongerTimeLimiter() {
        HttpResponse<String> response = send(request("/api/v1/platforms/KHM/members/import")
                .POST(BodyPublishers.ofString("name,email\n")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(platform.received()).singleElement()
                .satisfies(received -> assertThat(received.pathAndQuery()).isEqualTo("/api/v1/platforms/KHM/members/import"));
        assertThat(timeLimiters.timeLimiter("platform-service-bulk").getTimeLimiterConfig().getTimeoutDuration())
                .isEqualTo(Duration.ofSeconds(125));
        assertThat(circuitBreakers.getAllCircuitBreakers()).extracting(CircuitBreaker::getName).contains("platform-service-bulk");
    }

    @Test
    void usesThresholdsSuitedToLowTrafficAndATimeLimiterBeyondTheResponseTimeout() {
        for (String service : STUBS.keySet()) {
            CircuitBreakerConfig config = circuitBreakers.circuitBreaker(service).getCircuitBreakerConfig();
            assertThat(config.getSlidingWindowSize()).as(service).isEqualTo(10);
            assertThat(config.getMinimumNumberOfCalls()).as(service).isEqualTo(5);
            assertThat(config.getFailureRateThreshold()).as(service).isEqualTo(50f);
            assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).as(service).isEqualTo(2);
            assertThat(config.isAutomaticTransitionFromOpenToHalfOpenEnabled()).as(service).isTrue();
            assertThat(timeLimiters.timeLimiter(service).getTimeLimiterConfig().getTimeoutDuration())
                    .as(service).isGreaterThan(responseTimeout);
            assertThat(bulkheads.bulkhead(service).getBulkheadConfig().getMaxConcurrentCalls())
                    .as("%s: concurrent calls a healthy service may receive", service).isEqualTo(512);
        }
    }

    private static String pathOf(String service) {
        return switch (service) {
            case "platform-service" -> "/api/v1/platforms/KHM";
            case "meeting-service" -> "/api/v1/meetings/1";
            case "reporting-service" -> "/api/v1/reports/platforms";
            case "notification-service" -> "/api/v1/notifications/1";
            default -> throw new IllegalArgumentException(service);
        };
    }

    static Stream<Arguments> unacceptableTokens() {
        return Stream.of(
                Arguments.of("missing", ANONYMOUS),
                Arguments.of("expired", TestTokens.expired("lead-khm", "KHM", Role.LEAD)),
                Arguments.of("wrongly signed", TestTokens.wronglySigned("lead-khm", "KHM", Role.LEAD)),
                Arguments.of("alg none", TestTokens.algNone("lead-khm", "KHM", Role.LEAD)),
                Arguments.of("wrong issuer", TestTokens.wrongIssuer("lead-khm", "KHM", Role.LEAD)),
                Arguments.of("wrong audience", TestTokens.wrongAudience("lead-khm", "KHM", Role.LEAD)),
                Arguments.of("not a JWT", "Bearer opaque-token"));
    }

    @ParameterizedTest(name = "{0} token")
    @MethodSource("unacceptableTokens")
    void refusesAnUnacceptableTokenWithUnauthorizedAndForwardsNothing(String kind, String authorization) {
        for (String path : List.of("/api/v1/platforms/KHM/members", "/api/v1/platforms", "/api/v1/reports/platforms",
                "/api/v1/platforms/KHM/meetings")) {
            HttpResponse<String> response = send(request(path).header("Authorization", authorization).GET());
            assertProblem(response, 401, path);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
        }
        STUBS.values().forEach(stub -> assertThat(stub.received()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE"})
    void refusesAnotherCountrysPathsBeforeAnyServiceSeesThem(String method) {
        String memberOfColombia = TestTokens.member("member-col", "COL", Role.LEAD);
        for (String path : List.of("/api/v1/platforms/KHM", "/api/v1/platforms/KHM/members", "/api/v1/platforms/khm/members/1",
                "/api/v1/platforms/KHM/meetings/9", "/api/v1/platforms/KHM/dashboard", "/api/v1/platforms/KHM/notifications/deliveries",
                "/api/v1/platforms/KHM/members?search=a")) {
            HttpResponse<String> response = send(request(path).header("Authorization", memberOfColombia)
                    .method(method, BodyPublishers.ofString("{\"country\":\"COL\"}")));
            assertProblem(response, 403, path.replaceFirst("\\?.*", ""));
        }
        STUBS.values().forEach(stub -> assertThat(stub.received()).isEmpty());
    }

    @Test
    void letsGlobalRolesReachCountryPathsForTheServiceToDecide() {
        HttpResponse<String> response = send(request("/api/v1/platforms/KHM")
                .header("Authorization", TestTokens.global("isu-reporting", Role.ISU_ANALYST)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(platform.received()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oauth2/jwks", "/.well-known/openid-configuration", "/login", "/invitations/abc",
            "/api/v1/notifications/unsubscribe/abc.def", "/api/v1/meetings/rsvp/abc.def"})
    void letsIdentityPagesAndSignedLinksThroughWithoutAToken(String path) {
        HttpResponse<String> response = send(request(path).header("Authorization", ANONYMOUS).GET());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    /** Sends as a lead of KHM unless the request names its own Authorization (or {@link #ANONYMOUS}). */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        String authorization = built.headers().firstValue("Authorization").orElse(LEAD_OF_KHM);
        HttpRequest.Builder sent = HttpRequest.newBuilder(built, (name, value) -> !name.equalsIgnoreCase("Authorization"));
        if (!authorization.equals(ANONYMOUS)) {
            sent.header("Authorization", authorization);
        }
        try {
            return http.send(sent.build(), BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body of unknown length: the client sends it with {@code Transfer-Encoding: chunked}. */
    private static BodyPublisher chunked(byte[] bytes) {
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private static JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String instance) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo(instance);
        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
    }
}
