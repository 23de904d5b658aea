package org.mineaction.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.security.TestTokens;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The token checks and the country floor every service inherits, on a real server with tokens
 * verified against keys fetched over HTTP: what passes, what gets 401, 403 and 404.
 */
@SpringBootTest(classes = ChassisSecurityIT.SecuredApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mineaction.security.public-paths=/api/v1/links/**", "mineaction.outbox.relay-enabled=false"})
@EmbeddedInfrastructure(database = "chassis-security")
class ChassisSecurityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aValidTokenOfTheCountryReachesTheController() throws Exception {
        HttpResponse<String> response = get("/api/v1/platforms/KHM/things", TestTokens.member("m-1", "KHM", PlatformRole.MEMBER));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("m-1 [MEMBER]");
    }

    @Test
    void noTokenIsUnauthorizedWithAProblemAndTheBearerChallenge() throws Exception {
        HttpResponse<String> response = get("/api/v1/platforms/KHM/things", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).contains("\"status\":401");
    }

    static Stream<Arguments> brokenTokens() {
        return Stream.of(
                Arguments.of("expired", (BiFunction<String, String, String>) (s, c) -> TestTokens.expired(s, c, PlatformRole.LEAD)),
                Arguments.of("wrongly signed", (BiFunction<String, String, String>) (s, c) -> TestTokens.wronglySigned(s, c, PlatformRole.LEAD)),
                Arguments.of("alg none", (BiFunction<String, String, String>) (s, c) -> TestTokens.algNone(s, c, PlatformRole.LEAD)),
                Arguments.of("wrong issuer", (BiFunction<String, String, String>) (s, c) -> TestTokens.wrongIssuer(s, c, PlatformRole.LEAD)),
                Arguments.of("wrong audience", (BiFunction<String, String, String>) (s, c) -> TestTokens.wrongAudience(s, c, PlatformRole.LEAD)),
                Arguments.of("garbage", (BiFunction<String, String, String>) (s, c) -> "Bearer not.a.token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTokens")
    void aBrokenTokenIsUnauthorized(String kind, BiFunction<String, String, String> token) throws Exception {
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> response = send(method, "/api/v1/platforms/KHM/things", token.apply("m-1", "KHM"));
            assertThat(response.statusCode()).as(kind + " " + method).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
            assertThat(response.body()).doesNotContain("m-1 [");
        }
    }

    @Test
    void anotherCountrysReadIsNotFoundAndItsWriteForbidden() throws Exception {
        String lead = TestTokens.member("m-1", "KHM", PlatformRole.LEAD);
        assertThat(get("/api/v1/platforms/COL/things", lead).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/v1/platforms/COL/things", lead).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/platforms/col/things", lead).statusCode()).as("case does not help").isEqualTo(403);
        assertThat(send("POST", "/api/v1/platforms/KHM/things", lead).statusCode()).isEqualTo(201);
    }

    @Test
    void theControllersOwnRoleCheckStillApplies() throws Exception {
        HttpResponse<String> member = send("POST", "/api/v1/platforms/KHM/things", TestTokens.member("m-2", "KHM", PlatformRole.MEMBER));
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        // A global role passes the floor, and the controller's check refuses what it does not allow.
        assertThat(get("/api/v1/platforms/KHM/things", TestTokens.global("isu", GlobalRole.ISU_ANALYST)).statusCode()).isEqualTo(404);
    }

    @Test
    void rolesOnSeveralPlatformsCountPerCountry() throws Exception {
        String token = TestTokens.platforms("m-3", Map.of("KHM", List.of(PlatformRole.MEMBER), "COL", List.of(PlatformRole.LEAD)));
        assertThat(send("POST", "/api/v1/platforms/KHM/things", token).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/platforms/COL/things", token).statusCode()).isEqualTo(201);
    }

    @Test
    void publicPathsAndHealthNeedNoToken() throws Exception {
        assertThat(get("/api/v1/links/abc", null).body()).isEqualTo("link abc");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return send("GET", path, authorization);
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootApplication
    static class SecuredApp {

        @RestController
        static class Things {

            @GetMapping("/api/v1/platforms/{country}/things")
            String read(@PathVariable String country, Caller caller) {
                caller.requireMemberOf(country);
                return caller.subject() + " " + caller.rolesIn(country);
            }

            @PostMapping("/api/v1/platforms/{country}/things")
            org.springframework.http.ResponseEntity<String> write(@PathVariable String country, Caller caller) {
                caller.requireRole(country, PlatformRole.LEAD);
                return org.springframework.http.ResponseEntity.status(201).body("written");
            }

            @GetMapping("/api/v1/links/{token}")
            String link(@PathVariable String token) {
                return "link " + token;
            }
        }
    }
}
