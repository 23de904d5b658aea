package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, through the gateway only, against the contract of docs/architecture.md: the whole
 * suite (broker, mongo, mail, five services from their -exec.jar) started by the same launcher a
 * developer uses, on free ports and in a temp folder, so it can run next to a developer's suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalSuiteIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String CONTACT = "lead-lao@example.org";
    private static final String LAO = """
            {"countryCode":"LAO","name":"Lao PDR National Mine Action Platform","languages":["en","fr"],\
            "timeZone":"Asia/Vientiane","contactEmail":"%s"}""".formatted(CONTACT);

    @TempDir
    static Path data;

    private RunningSuite running;
    private LocalSuite suite;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The operators' machine client of the local profile, through the gateway's token endpoint. */
    private String operator;

    @BeforeAll
    void startSuite() {
        running = RunningSuite.start(data);
        suite = running.suite();
        operator = running.clientToken(LocalTokens.OPERATOR_CLIENT, LocalTokens.OPERATOR_SECRET);
    }

    @AfterAll
    void stopSuite() {
        if (running != null) {
            running.close();
        }
    }

    /** As the operator unless the headers name another Authorization. */
    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        Map<String, String> others = new LinkedHashMap<>(headers);
        String authorization = others.containsKey("Authorization") ? others.remove("Authorization") : operator;
        return running.send(method, path, authorization, "application/json", body, others);
    }

    private HttpResponse<String> post(String body) {
        return send("POST", "/api/v1/platforms", body, Map.of());
    }

    private HttpResponse<String> get(String path) {
        return send("GET", path, null, Map.of());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        SoftAssertions softly = new SoftAssertions();
        softlyProblem(softly, response.request().method() + " " + response.uri().getPath(), response, status);
        softly.assertAll();
    }

    @Test
    @Order(1)
    void theLauncherStartedEveryServiceAsItsOwnProcessWithALog() {
        for (SuiteService service : SuiteService.values()) {
            ServiceProcess process = suite.service(service);
            assertThat(process.isAlive()).as(service.module()).isTrue();
            assertThat(process.logFile()).isEqualTo(data.resolve("logs").resolve(service.module() + ".log")).exists();
            assertThat(process.command()).contains("--spring.profiles.active=local");
        }
        assertThat(suite.kafka()).isPresent();
        assertThat(suite.mail()).isPresent();
    }

    @Test
    @Order(2)
    void registeringAPlatformAnswers201WithLocationAndEchoesTheCorrelationId() {
        String correlationId = UUID.randomUUID().toString();
        HttpResponse<String> created = send("POST", "/api/v1/platforms", LAO, Map.of("X-Correlation-Id", correlationId));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/platforms/LAO");
        assertThat(created.headers().firstValue("X-Correlation-Id")).contains(correlationId);
        String body = created.body();
        assertThat(JsonPath.<String>read(body, "$.countryCode")).isEqualTo("LAO");
        assertThat(JsonPath.<String>read(body, "$.name")).isEqualTo("Lao PDR National Mine Action Platform");
        assertThat(JsonPath.<List<String>>read(body, "$.languages")).containsExactly("en", "fr");
        assertThat(JsonPath.<String>read(body, "$.timeZone")).isEqualTo("Asia/Vientiane");
        assertThat(JsonPath.<String>read(body, "$.status")).isNotBlank();
        assertThat(JsonPath.<String>read(body, "$.registeredAt")).isNotBlank();

        HttpResponse<String> read = get("/api/v1/platforms/LAO");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"countryCode\":\"LAO\"").doesNotContain(CONTACT);
        assertThat(read.headers().firstValue("X-Correlation-Id")).as("created by the gateway when absent")
                .hasValueSatisfying(id -> assertThat(id).isNotBlank());

        assertProblem(post(LAO), 409);
    }

    @Test
    @Order(3)
    void badInputIsAProblemAndCreatesNothing() {
        SoftAssertions softly = new SoftAssertions();

        softlyProblem(softly, "malformed JSON", post("{\"countryCode\":\"XYZ\","), 400);

        HttpResponse<String> unknownCountry = post(LAO.replace("LAO", "XYZ"));
        softlyProblem(softly, "unknown country code", unknownCountry, 400);
        softly.assertThat(unknownCountry.body()).as("unknown country code names the field").contains("countryCode");

        HttpResponse<String> missingFields = post("{\"countryCode\":\"MOZ\"}");
        softlyProblem(softly, "missing fields", missingFields, 400);
        List<Map<String, Object>> errors = read(missingFields.body(), "$.errors");
        if (errors == null || errors.isEmpty()) {
            softly.fail("missing fields: no errors[{field, message}] in " + missingFields.body());
        } else {
            softly.assertThat(errors).extracting(error -> error.get("field")).as("missing fields: fields").contains("name");
            softly.assertThat(errors).allSatisfy(error -> assertThat(error).containsKeys("field", "message"));
        }

        String correlationId = UUID.randomUUID().toString();
        HttpResponse<String> tooLarge = send("POST", "/api/v1/platforms",
                "{\"countryCode\":\"MOZ\",\"name\":\"" + "x".repeat(1024 * 1024 + 1024) + "\"}",
                Map.of("X-Correlation-Id", correlationId));
        softlyProblem(softly, "body over 1 MiB", tooLarge, 413);
        softly.assertThat(tooLarge.headers().firstValue("X-Correlation-Id")).contains(correlationId);
        softly.assertThat((Object) read(tooLarge.body(), "$.correlationId")).isEqualTo(correlationId);

        HttpResponse<String> notThere = get("/api/v1/platforms/XYZ");
        softly.assertThat(notThere.statusCode()).as("GET /api/v1/platforms/XYZ stays 404: " + notThere.body()).isEqualTo(404);
        softly.assertThat(contentType(notThere)).as("GET XYZ content type").startsWith(PROBLEM_JSON);
        softly.assertThat(get("/api/v1/platforms/MOZ").statusCode()).as("nothing was created for MOZ").isEqualTo(404);
        softly.assertAll();
    }

    /** Every error is application/problem+json with type, title, status, detail, instance (RFC 9457). */
    private static void softlyProblem(SoftAssertions softly, String what, HttpResponse<String> response, int status) {
        String body = response.body();
        softly.assertThat(response.statusCode()).as(what + ": status, body " + body).isEqualTo(status);
        softly.assertThat(contentType(response)).as(what + ": content type").startsWith(PROBLEM_JSON);
        softly.assertThat((Object) read(body, "$.status")).as(what + ": status member in " + body).isEqualTo(status);
        for (String member : List.of("type", "title", "detail", "instance", "correlationId")) {
            softly.assertThat((Object) read(body, "$." + member)).as(what + ": '" + member + "' member in " + body).isNotNull();
        }
        softly.assertThat((Object) read(body, "$.correlationId")).as(what + ": correlationId = X-Correlation-Id header")
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElse(null));
    }

    private static <T> T read(String json, String path) {
        try {
            return JsonPath.read(json, path);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Test
    @Order(4)
    void aMalformedCorrelationIdIsReplaced() {
        HttpResponse<String> response = send("GET", "/api/v1/platforms/LAO", null,
                Map.of("X-Correlation-Id", "not a valid id <script>"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Correlation-Id"))
                .hasValueSatisfying(id -> assertThat(id).isNotBlank().isNotEqualTo("not a valid id <script>"));
    }

    @Test
    @Order(5)
    void theReportingServiceListsThePlatformOnceTheEventArrived() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> report = get("/api/v1/reports/platforms");
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(JsonPath.<List<String>>read(report.body(), "$.platforms[*].countryCode")).contains("LAO");
            assertThat(JsonPath.<Integer>read(report.body(), "$.total")).isGreaterThanOrEqualTo(1);
        });
        String report = get("/api/v1/reports/platforms").body();
        assertThat(report).doesNotContain(CONTACT);
        assertThat(JsonPath.<List<String>>read(report, "$.platforms[?(@.countryCode == 'LAO')].timeZone"))
                .containsExactly("Asia/Vientiane");
    }

    @Test
    @Order(6)
    void theContactGetsAWelcomeMail() {
        EmbeddedMail mail = suite.mail().orElseThrow();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> welcomeMails(mail).size() == 1);
        MimeMessage welcome = welcomeMails(mail).getFirst();
        assertThat(Utilities.subject(welcome)).isNotBlank();
        assertThat(Utilities.text(welcome)).contains("LAO");
    }

    private static List<MimeMessage> welcomeMails(EmbeddedMail mail) {
        return mail.messages().stream().filter(m -> Utilities.recipients(m).contains(CONTACT)).toList();
    }

    @Test
    @Order(6)
    void theApiWantsATokenAtTheGatewayAndAtEachService() {
        HttpResponse<String> anonymous = send("GET", "/api/v1/reports/platforms", null, Map.of("Authorization", ""));
        assertProblem(anonymous, 401);
        HttpResponse<String> forged = send("GET", "/api/v1/reports/platforms", null,
                Map.of("Authorization", operator.substring(0, operator.length() - 4) + "AAAA"));
        assertProblem(forged, 401);
        // Defence in depth: a service reached directly, past the gateway, refuses as well.
        for (SuiteService service : SuiteService.backends()) {
            URI direct = URI.create("http://localhost:" + suite.settings().ports().port(service) + "/api/v1/reports/platforms");
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(direct).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(service.module() + " called directly without a token").isEqualTo(401);
            } catch (Exception e) {
                throw new AssertionError(direct + " failed: " + e, e);
            }
        }
        String isu;
        try {
            isu = LocalTokens.bearer(suite.gatewayUrl(), LocalTokens.ISU_CLIENT, LocalTokens.ISU_SECRET);
        } catch (Exception e) {
            throw new AssertionError("the ISU client gets no token", e);
        }
        assertThat(send("GET", "/api/v1/reports/platforms", null, Map.of("Authorization", isu)).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void whenPlatformServiceIsDownTheGatewayAnswers503NamingItAndRecoversAfterARestart() {
        ServiceProcess platform = suite.service(SuiteService.PLATFORM);
        platform.stop();
        assertThat(platform.isAlive()).isFalse();

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            HttpResponse<String> down = get("/api/v1/platforms/LAO");
            assertProblem(down, 503);
            assertThat(JsonPath.<String>read(down.body(), "$.service")).isEqualTo("platform-service");
        });
        HttpResponse<String> writeWhileDown = post(LAO.replace("LAO", "MOZ"));
        assertProblem(writeWhileDown, 503);
        assertThat(JsonPath.<String>read(writeWhileDown.body(), "$.service")).isEqualTo("platform-service");
        assertThat(get("/api/v1/reports/platforms").statusCode()).as("other routes are unaffected").isEqualTo(200);

        suite.restart(SuiteService.PLATFORM);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> get("/api/v1/platforms/LAO").statusCode() == 200);
        HttpResponse<String> created = post(LAO.replace("LAO", "MOZ").replace(CONTACT, "lead-moz@example.org")
                .replace("Asia/Vientiane", "Africa/Maputo"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(get("/api/v1/platforms/LAO").body()).as("data kept across the restart").contains("\"countryCode\":\"LAO\"");
    }

    /** Small helpers around jakarta.mail's checked exceptions. */
    static final class Utilities {
        private Utilities() {
        }

        static List<String> recipients(MimeMessage message) {
            try {
                var to = message.getRecipients(Message.RecipientType.TO);
                return to == null ? List.of() : java.util.Arrays.stream(to).map(Object::toString).toList();
            } catch (Exception e) {
                return List.of();
            }
        }

        static String subject(MimeMessage message) {
            try {
                return message.getSubject();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        static String text(MimeMessage message) {
            try {
                return MailViewer.MessageView.text(message);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
