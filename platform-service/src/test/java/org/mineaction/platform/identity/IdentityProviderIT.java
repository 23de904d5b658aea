package org.mineaction.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.mineaction.testing.security.TestIdentityProvider;
import org.mineaction.testing.security.TestTokens;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.platform.identity.domain.Invitation;
import org.mineaction.platform.identity.domain.InvitationTokens;
import org.mineaction.platform.identity.domain.PlatformRole;
import org.mineaction.platform.identity.persistence.InvitationStore;
import org.mineaction.platform.identity.persistence.LoginThrottleRepository;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity provider over HTTP on the embedded store: discovery, client credentials,
 * authorization code with PKCE through the sign-in form, throttling and invitations. Tokens are
 * checked the way the gateway will: signature against the published JWKS, issuer, audience, expiry.
 */
@EmbeddedInfrastructure(database = "identity-it")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mineaction.identity.web-client.redirect-uris=" + IdentityProviderIT.REDIRECT_URI,
        "mineaction.identity.clients[0].id=mineaction-isu-reporting",
        "mineaction.identity.clients[0].secret=" + IdentityProviderIT.CLIENT_SECRET,
        "mineaction.identity.clients[0].roles[0]=ISU_ANALYST",
        "mineaction.identity.operator.email=operator@it.example.org",
        "mineaction.identity.operator.password=operator password for tests"})
@ActiveProfiles("test")
class IdentityProviderIT {

    static final String REDIRECT_URI = "http://127.0.0.1:9/callback";
    static final String CLIENT_SECRET = "isu-reporting-secret-for-tests";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    InvitationStore invitations;
    @Autowired
    LoginThrottling throttling;
    @Autowired
    LoginThrottleRepository throttles;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String url(String path) {
        return path.startsWith("http") ? path : "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Verifies the signature with the published JWKS and returns the claims. */
    private JWTClaimsSet verify(String jwt) throws Exception {
        JWKSet jwks = JWKSet.parse(get("/oauth2/jwks").body());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
        return processor.process(jwt, null);
    }

    private String member(String email, String country, PlatformRole role, String password) throws Exception {
        String memberId = "member-" + UUID.randomUUID();
        String token = accounts.issueInvitation(memberId, email, country, role);
        assertThat(postJson("/invitations/" + token + "/accept", "{\"password\":\"" + password + "\"}").statusCode())
                .isEqualTo(204);
        return memberId;
    }

    private HttpResponse<String> signIn(String email, String password, String... headers) throws Exception {
        HttpResponse<String> form = get("/login");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        return postForm("/login", Map.of("username", email, "password", password, "_csrf", csrf.group(1)), headers);
    }

    private static Map<String, String> query(String location) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    @Test
    void publishesTheOpenIdConfigurationAndTheKeys() throws Exception {
        HttpResponse<String> discovery = get("/.well-known/openid-configuration");

        assertThat(discovery.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(discovery.body());
        assertThat(document.get("issuer").asString()).isEqualTo(TestIdentityProvider.ISSUER);
        assertThat(document.get("jwks_uri").asString()).isEqualTo(TestIdentityProvider.ISSUER + "/oauth2/jwks");
        assertThat(document.get("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(JWKSet.parse(get("/oauth2/jwks").body()).getKeys()).singleElement()
                .satisfies(key -> assertThat(key.isPrivate()).isFalse());
    }

    @Test
    void issuesAMachineClientAFifteenMinuteTokenWithItsGlobalRole() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("mineaction-isu-reporting:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", "Basic " + basic);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JWTClaimsSet claims = verify(JSON.readTree(response.body()).get("access_token").asString());
        assertThat(claims.getIssuer()).isEqualTo(TestIdentityProvider.ISSUER);
        assertThat(claims.getAudience()).containsExactly("mineaction-api");
        assertThat(claims.getSubject()).isEqualTo("mineaction-isu-reporting");
        assertThat(claims.getStringListClaim("roles")).containsExactly("ISU_ANALYST");
        assertThat(claims.getJSONObjectClaim("platforms")).isEmpty();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now());
    }

    @Test
    void refusesAWrongClientSecret() throws Exception {
        String basic = Base64.getEncoder().encodeToString("mineaction-isu-reporting:guess".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", "Basic " + basic);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void signsAMemberInWithAuthorizationCodeAndPkce() throws Exception {
        String email = "lead-" + UUID.randomUUID() + "@cmaa.example.org";
        String memberId = member(email, "KHM", PlatformRole.LEAD, "a long passphrase for the lead");
        String verifier = InvitationTokens.newToken() + InvitationTokens.newToken();
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = "/oauth2/authorize?response_type=code&client_id=mineaction-web&scope=openid%20email"
                + "&state=state-1&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256";

        HttpResponse<String> toLogin = get(authorize, "Accept", "text/html");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> signedIn = signIn(email, "a long passphrase for the lead");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String back = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("/oauth2/authorize");

        HttpResponse<String> toClient = get(back, "Accept", "text/html");
        assertThat(toClient.statusCode()).isEqualTo(302);
        String callback = toClient.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(REDIRECT_URI);
        Map<String, String> result = query(callback);
        assertThat(result).containsEntry("state", "state-1").containsKey("code");

        HttpResponse<String> withoutVerifier = postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", result.get("code"), "redirect_uri", REDIRECT_URI, "client_id", "mineaction-web"));
        assertThat(withoutVerifier.statusCode()).isIn(400, 401);

        HttpResponse<String> tokens = postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", result.get("code"), "redirect_uri", REDIRECT_URI, "client_id", "mineaction-web",
                "code_verifier", verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(tokens.body());
        JWTClaimsSet access = verify(body.get("access_token").asString());
        assertThat(access.getIssuer()).isEqualTo(TestIdentityProvider.ISSUER);
        assertThat(access.getAudience()).containsExactly("mineaction-api");
        assertThat(access.getSubject()).isEqualTo(memberId);
        assertThat(access.getJSONObjectClaim("platforms")).isEqualTo(Map.of("KHM", List.of("LEAD")));
        assertThat(access.getStringListClaim("roles")).isEmpty();
        assertThat(access.toString()).doesNotContain("@");
        JWTClaimsSet id = verify(body.get("id_token").asString());
        assertThat(id.getSubject()).isEqualTo(memberId);
        assertThat(id.getAudience()).containsExactly("mineaction-web");

        HttpResponse<String> userInfo = get("/userinfo", "Authorization", "Bearer " + body.get("access_token").asString());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(userInfo.body()).get("sub").asString()).isEqualTo(memberId);
        assertThat(JSON.readTree(userInfo.body()).get("email").asString()).isEqualTo(email);

        // The authorization lives in MongoDB (any instance can exchange the code), looked up by hashes only.
        org.bson.Document stored = mongo.getCollection("oauth2_authorizations")
                .find(new org.bson.Document("principalName", email)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("accessTokenHash")).hasSize(64);
        assertThat(stored.toJson()).doesNotContain(result.get("code"));
    }

    @Test
    void anInvitationAcceptedOnItsPageGivesATokenWithThePlatformRole() throws Exception {
        String email = "observer-" + UUID.randomUUID() + "@undp.example.org";
        String memberId = "member-" + UUID.randomUUID();
        String token = accounts.issueInvitation(memberId, email, "COL", PlatformRole.OBSERVER);

        HttpResponse<String> page = get("/invitations/" + token, "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the invitation form carries a CSRF token").isTrue();
        HttpResponse<String> accepted = postForm("/invitations/" + token, Map.of("_csrf", csrf.group(1),
                "password", "a long passphrase for the observer", "confirmation", "a long passphrase for the observer"),
                "Accept", "text/html");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        String verifier = InvitationTokens.newToken() + InvitationTokens.newToken();
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        get("/oauth2/authorize?response_type=code&client_id=mineaction-web&scope=openid&state=s"
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256", "Accept", "text/html");
        HttpResponse<String> signedIn = signIn(email, "a long passphrase for the observer");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> toClient = get(signedIn.headers().firstValue("Location").orElseThrow(), "Accept", "text/html");
        Map<String, String> result = query(toClient.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> tokens = postForm("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", result.get("code"), "redirect_uri", REDIRECT_URI, "client_id", "mineaction-web",
                "code_verifier", verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JWTClaimsSet access = verify(JSON.readTree(tokens.body()).get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo(memberId);
        assertThat(access.getJSONObjectClaim("platforms")).isEqualTo(Map.of("COL", List.of("OBSERVER")));
    }

    @Test
    void refusesAnAuthorizationRequestWithoutPkce() throws Exception {
        String authorize = "/oauth2/authorize?response_type=code&client_id=mineaction-web&scope=openid"
                + "&state=s&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8);

        HttpResponse<String> response = get(authorize, "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(REDIRECT_URI).contains("error=invalid_request").doesNotContain("code=");
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswords() throws Exception {
        String email = "member-" + UUID.randomUUID() + "@ngo.example.org";
        member(email, "COL", PlatformRole.MEMBER, "the right passphrase");

        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = signIn(email, "a wrong passphrase " + attempt);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        HttpResponse<String> right = signIn(email, "the right passphrase");
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(throttling.isLocked(email, "192.0.2.1")).isTrue();
        // The form says no more than for a wrong password: a lock does not reveal that the account exists.
        assertThat(get("/login?error").body()).contains("Invalid credentials");
    }

    @Test
    void letsTheRightPasswordInAfterAFewMistakes() throws Exception {
        String email = "member-" + UUID.randomUUID() + "@ngo.example.org";
        member(email, "COL", PlatformRole.MEMBER, "the right passphrase");

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(email, "a wrong passphrase " + attempt);
        }
        HttpResponse<String> right = signIn(email, "the right passphrase");

        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(throttling.isLocked(email, "192.0.2.1")).isFalse();
    }

    @Test
    void neitherAnInvitedNorADisabledAccountCanSignIn() throws Exception {
        String invited = "invited-" + UUID.randomUUID() + "@ngo.example.org";
        accounts.issueInvitation("member-" + UUID.randomUUID(), invited, "KHM", PlatformRole.MEMBER);
        String disabled = "disabled-" + UUID.randomUUID() + "@ngo.example.org";
        String disabledMember = member(disabled, "KHM", PlatformRole.MEMBER, "the right passphrase");
        accounts.disable(disabledMember);

        assertThat(signIn(invited, "any long passphrase").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(signIn(disabled, "the right passphrase").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void grantsAndRevokesRolesPerCountry() {
        String memberId = "member-" + UUID.randomUUID();
        String email = "observer-" + UUID.randomUUID() + "@donor.example.org";

        accounts.grantPlatformRole(memberId, email, "col", PlatformRole.OBSERVER);
        accounts.grantPlatformRole(memberId, email, "KHM", PlatformRole.CHAMPION);
        accounts.revokePlatformRole(memberId, "COL", PlatformRole.OBSERVER);

        assertThat(accounts.findByMember(memberId)).hasValueSatisfying(account -> {
            assertThat(account.platformRoles()).containsOnlyKeys("KHM");
            assertThat(account.canSignIn()).isFalse();
        });
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                accounts.grantPlatformRole("another-member", email, "KHM", PlatformRole.MEMBER)))
                .hasMessageContaining("Another member");
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        String address = "198.51.100." + (int) (Math.random() * 200);
        for (int i = 0; i < 49; i++) {
            throttling.failed("guess-" + i + "@example.org", address);
        }
        assertThat(throttling.isLocked("someone-else@example.org", address)).isFalse();

        throttling.failed("guess-49@example.org", address);

        assertThat(throttling.isLocked("someone-else@example.org", address)).isTrue();
        assertThat(throttling.isLocked("someone-else@example.org", "198.51.100.250")).isFalse();
    }

    @Test
    void countsFailuresAgainstTheClientAddressTheGatewayForwards() throws Exception {
        String client = "203.0.113." + (int) (1 + Math.random() * 200);

        signIn("nobody-" + UUID.randomUUID() + "@example.org", "a wrong passphrase", "X-Forwarded-For", client);

        assertThat(throttles.findById("address:" + client)).isPresent();
    }

    @Test
    void acceptsAnInvitationOnceOnly() throws Exception {
        String token = accounts.issueInvitation("member-" + UUID.randomUUID(), "sec-" + UUID.randomUUID() + "@undp.example.org",
                "KHM", PlatformRole.SECRETARIAT);

        HttpResponse<String> weak = postJson("/invitations/" + token + "/accept", "{\"password\":\"short\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(weak.body()).contains("\"field\":\"password\"");

        assertThat(postJson("/invitations/" + token + "/accept", "{\"password\":\"a good long passphrase\"}").statusCode())
                .isEqualTo(204);

        HttpResponse<String> again = postJson("/invitations/" + token + "/accept", "{\"password\":\"another long passphrase\"}");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(again.body()).contains("https://mineaction.org/problems/invitation-already-used", "\"status\":410")
                .doesNotContain(token);
    }

    @Test
    void refusesAnExpiredOrUnknownInvitation() throws Exception {
        String token = InvitationTokens.newToken();
        Instant longAgo = Instant.now().minus(Duration.ofDays(15));
        invitations.insert(Invitation.issue(InvitationTokens.hash(token), "member-" + UUID.randomUUID(),
                "late-" + UUID.randomUUID() + "@ngo.example.org", new CountryCode("KHM"), PlatformRole.MEMBER, longAgo));

        HttpResponse<String> expired = postJson("/invitations/" + token + "/accept", "{\"password\":\"a good long passphrase\"}");
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(expired.body()).contains("invitation-expired");

        HttpResponse<String> unknown = postJson("/invitations/" + InvitationTokens.newToken() + "/accept",
                "{\"password\":\"a good long passphrase\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void createsTheOperatorAtStartWithItsGlobalRole() {
        assertThat(accounts.findByEmail("Operator@it.example.org")).hasValueSatisfying(operator -> {
            assertThat(operator.globalRoles()).extracting(Enum::name).containsExactly("OPERATOR");
            assertThat(operator.passwordHash()).startsWith("{argon2}");
            assertThat(operator.canSignIn()).isTrue();
        });
    }

    @Test
    void leavesTheRestOfTheServiceAsItWas() throws Exception {
        String operator = TestTokens.global("it-operator", org.mineaction.chassis.security.GlobalRole.OPERATOR);
        assertThat(get("/api/v1/platforms").statusCode()).as("the API wants a token").isEqualTo(401);
        assertThat(get("/api/v1/platforms", "Authorization", operator).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/platforms")))
                .header("Content-Type", "application/json").header("Authorization", operator)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(post.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
