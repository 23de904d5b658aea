package org.mineaction.platform.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.platform.membership.MembershipHttp.json;
import static org.mineaction.platform.membership.MembershipHttp.memberBody;
import static org.mineaction.platform.membership.MembershipHttp.uniqueEmail;
import static org.mineaction.testing.CatalogueAssertions.assertConformsToCatalogue;
import static org.mineaction.testing.CatalogueAssertions.header;
import static org.mineaction.testing.Eventually.eventually;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.platform.identity.AccountService;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Members are invited by e-mail: the invitation event, inviting again, accepting. */
@EmbeddedInfrastructure(database = "platform-invitation-it")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mineaction.public-base-url=https://hub.example.org/")
@ActiveProfiles("test")
class MemberInvitationIT {

    static final String INVITED = "org.mineaction.platform.member.invited.delivery.v1";
    static final Pattern LINK = Pattern.compile("\"invitationUrl\":\"https://hub\\.example\\.org/invitations/([A-Za-z0-9_-]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    KafkaConnectionDetails kafka;
    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    MembershipHttp http;

    @BeforeEach
    void platform() throws Exception {
        http = new MembershipHttp(port, String.join(",", kafka.getBootstrapServers()));
        http.platform("KHM", "Asia/Phnom_Penh");
    }

    @Test
    void aNewMemberIsSentAnInvitationOnTheDeliveryTopicOnly() throws Exception {
        String email = uniqueEmail("invited");
        String id = invite(email);

        List<ConsumerRecord<String, String>> invitations = invitations(id, 1);
        ConsumerRecord<String, String> invited = invitations.getFirst();
        assertConformsToCatalogue(invited);
        assertThat(invited.key()).isEqualTo("KHM");
        assertThat(invited.value()).contains("\"memberId\":\"" + id + "\"", "\"countryCode\":\"KHM\"",
                "\"platformName\":\"National Mine Action Platform KHM\"", "\"role\":\"MEMBER\"",
                "\"language\":\"fr\"", "\"timeZone\":\"Asia/Phnom_Penh\"", email, "\"expiresAt\"");
        assertThat(token(invited)).hasSizeGreaterThanOrEqualTo(40);

        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, id)).isNotEmpty());
        assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, id)).allSatisfy(event -> {
            assertThat(event.value()).doesNotContain("@", "/invitations/");
            assertThat(header(event, "ce_type")).isNotEqualTo(INVITED);
        });
    }

    @Test
    void invitingAgainSendsANewLinkAndTheOldOneStopsWorking() throws Exception {
        String id = invite(uniqueEmail("again"));
        String first = token(invitations(id, 1).getFirst());

        HttpResponse<String> again = http.post("/api/v1/platforms/KHM/members/" + id + "/invitation", "");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        List<ConsumerRecord<String, String>> both = invitations(id, 2);
        both.forEach(event -> assertConformsToCatalogue(event));
        String second = token(both.get(1));
        assertThat(second).isNotEqualTo(first);

        assertThat(accept(first, "correct horse battery staple").statusCode()).isEqualTo(404);
        assertThat(accept(second, "correct horse battery staple").statusCode()).isEqualTo(204);
        assertThat(json(http.get("/api/v1/platforms/KHM/members/" + id)).get("status").asString()).isEqualTo("ACTIVE");

        HttpResponse<String> afterAcceptance = http.post("/api/v1/platforms/KHM/members/" + id + "/invitation", "");
        assertThat(afterAcceptance.statusCode()).isEqualTo(409);
        assertThat(afterAcceptance.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http.post("/api/v1/platforms/KHM/members/no-such-member/invitation", "").statusCode()).isEqualTo(404);
    }

    @Test
    void importedMembersAreInvitedToo() throws Exception {
        String email = uniqueEmail("imported");
        HttpResponse<String> imported = http.send("POST", "/api/v1/platforms/KHM/members/import", "text/csv", """
                name,email,phone,organisation,category,role,language,timeZone,components
                Dara Sok,%s,,Org %s,NATIONAL_NGO,OBSERVER,es,,TECHNICAL
                """.formatted(email, email), java.util.Map.of());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        String id = json(imported).get("members").get(0).get("id").asString();

        ConsumerRecord<String, String> invited = invitations(id, 1).getFirst();
        assertConformsToCatalogue(invited);
        assertThat(invited.value()).contains("\"role\":\"OBSERVER\"", "\"language\":\"es\"", email);
    }

    @Test
    void theInvitedPersonSetsTheirPasswordOnThePageAndBecomesAnActiveMember() throws Exception {
        String email = uniqueEmail("page");
        String id = invite(email);
        String token = token(invitations(id, 1).getFirst());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/invitations/" + token))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.body()).contains("<form method=\"post\" action=\"/invitations/" + token + "\">",
                "name=\"password\"", email, "member").doesNotContain("<script");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();

        // Without the CSRF token the post is refused and nothing is accepted.
        assertThat(postForm(browser, "/invitations/" + token, "password=correct+horse+battery&confirmation=correct+horse+battery")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> mismatch = postForm(browser, "/invitations/" + token,
                "_csrf=" + enc(csrf.group(1)) + "&password=correct+horse+battery&confirmation=other+horse+battery");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("not the same");

        HttpResponse<String> accepted = postForm(browser, "/invitations/" + token,
                "_csrf=" + enc(csrf.group(1)) + "&password=correct+horse+battery&confirmation=correct+horse+battery");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("Your account is ready", "href=\"/login\"");

        assertThat(json(http.get("/api/v1/platforms/KHM/members/" + id)).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(accounts.findByMember(id)).hasValueSatisfying(account -> {
            assertThat(account.canSignIn()).isTrue();
            assertThat(account.platformRoles().toString()).contains("KHM", "MEMBER");
        });

        // The link is used up: the page says so, and API callers get problem+json.
        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(URI.create(base() + "/invitations/" + token))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("already been used");
        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(URI.create(base() + "/invitations/" + token))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(410);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anAcceptanceCutShortByACrashCanBeRepeatedWithTheSameLink() throws Exception {
        String id = invite(uniqueEmail("crash"));
        String token = token(invitations(id, 1).getFirst());
        String hash = org.mineaction.platform.identity.domain.InvitationTokens.hash(token);
        // As a process dying after claiming the acceptance leaves it: claimed, member still INVITED.
        claim(hash, java.time.Instant.now());

        HttpResponse<String> whileInProgress = accept(token, "correct horse battery staple");
        assertThat(whileInProgress.statusCode()).as("another acceptance is in progress").isEqualTo(410);
        assertThat(json(http.get("/api/v1/platforms/KHM/members/" + id)).get("status").asString()).isEqualTo("INVITED");

        claim(hash, java.time.Instant.now().minus(org.mineaction.platform.identity.domain.Invitation.CLAIM_LEASE)
                .minusSeconds(1));
        HttpResponse<String> retried = accept(token, "correct horse battery staple");

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
        assertThat(json(http.get("/api/v1/platforms/KHM/members/" + id)).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(accounts.findByMember(id)).hasValueSatisfying(account -> assertThat(account.canSignIn()).isTrue());
        assertThat(accept(token, "correct horse battery staple").statusCode()).as("used up").isEqualTo(410);
    }

    @Test
    void whatAPersonMaySignInForFollowsTheirMembershipRoleChangesLeavingAndErasure() throws Exception {
        http.platform("COL", "America/Bogota");
        String email = uniqueEmail("two.platforms");
        String khm = invite(email);
        HttpResponse<String> colCreated = http.post("/api/v1/platforms/COL/members",
                memberBody(http.organisation("COL", "UN_AGENCY"), email, ""));
        assertThat(colCreated.statusCode()).as(colCreated.body()).isEqualTo(201);
        String col = json(colCreated).get("id").asString();
        // Promoted before accepting: the role on acceptance is the membership's, not the invitation's.
        HttpResponse<String> promoted = http.put("/api/v1/platforms/KHM/members/" + khm,
                memberBody(json(http.get("/api/v1/platforms/KHM/members/" + khm)).get("organisationId").asString(),
                        email, "").replace("\"MEMBER\"", "\"SECRETARIAT\""), java.util.Map.of("If-Match", "\"0\""));
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(accept(token(invitations(khm, 1).getFirst()), "correct horse battery staple").statusCode())
                .isEqualTo(204);
        assertThat(accept(token(invitations(col, 1).getFirst()), "correct horse battery staple").statusCode())
                .isEqualTo(204);
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(account -> {
            assertThat(account.platformRoles()).containsOnlyKeys("COL", "KHM");
            assertThat(account.platformRoles().get("KHM").toString()).isEqualTo("[SECRETARIAT]");
            assertThat(account.subject()).isEqualTo(khm);
        });

        String version = json(http.get("/api/v1/platforms/KHM/members/" + khm)).get("version").asString();
        HttpResponse<String> demoted = http.put("/api/v1/platforms/KHM/members/" + khm,
                memberBody(json(http.get("/api/v1/platforms/KHM/members/" + khm)).get("organisationId").asString(),
                        email, "").replace("\"MEMBER\"", "\"OBSERVER\""), java.util.Map.of("If-Match", version));
        assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);
        assertThat(accounts.findByEmail(email).orElseThrow().platformRoles().get("KHM").toString())
                .isEqualTo("[OBSERVER]");

        assertThat(http.delete("/api/v1/platforms/KHM/members/" + khm).statusCode()).isIn(200, 204);
        assertThat(accounts.findByEmail(email).orElseThrow().platformRoles()).as("left KHM").containsOnlyKeys("COL");

        assertThat(http.delete("/api/v1/platforms/KHM/members/" + khm + "/personal-data").statusCode()).isIn(200, 204);
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(account -> {
            assertThat(account.platformRoles()).containsOnlyKeys("COL");
            assertThat(account.subject()).as("tokens name the membership the person keeps").isEqualTo(col);
            assertThat(account.canSignIn()).isTrue();
        });
    }

    @Test
    void aPersonSeesEditsExportsAndErasesTheirOwnDataOnEveryPlatform() throws Exception {
        http.platform("COL", "America/Bogota");
        String email = uniqueEmail("self");
        String khm = invite(email);
        HttpResponse<String> colCreated = http.post("/api/v1/platforms/COL/members",
                memberBody(http.organisation("COL", "UN_AGENCY"), email, "+573001234567"));
        String col = json(colCreated).get("id").asString();
        assertThat(accept(token(invitations(khm, 1).getFirst()), "correct horse battery staple").statusCode())
                .isEqualTo(204);
        java.util.Map<String, String> me = java.util.Map.of("Authorization", org.mineaction.testing.security.TestTokens
                .member(khm, "KHM", org.mineaction.chassis.security.PlatformRole.MEMBER));

        HttpResponse<String> mine = http.send("GET", "/api/v1/me", null, null, me);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(json(mine).get("memberships").size()).isEqualTo(2);
        assertThat(mine.body()).contains(email, "+573001234567");

        String version = json(http.get("/api/v1/platforms/COL/members/" + col)).get("version").asString();
        HttpResponse<String> preferences = http.send("PUT", "/api/v1/me/memberships/" + col + "/preferences",
                "application/json", """
                {"notificationPreferences":{"EMAIL":["MINUTES"],"SMS":[]},"quietHours":{"from":"22:00","to":"06:30"},
                 "version":%s}""".formatted(version), me);
        assertThat(preferences.statusCode()).as(preferences.body()).isEqualTo(200);
        assertThat(json(preferences).get("quietHours").get("from").asString()).isEqualTo("22:00");
        assertThat(json(preferences).get("notificationPreferences").get("SMS").toString()).isEqualTo("[\"CRITICAL\"]");
        HttpResponse<String> badPhone = http.send("PUT", "/api/v1/me/memberships/" + col + "/profile",
                "application/json", "{\"name\":\"Ana\",\"phone\":\"12\",\"version\":" + (Long.parseLong(version) + 1)
                        + "}", me);
        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(badPhone.body()).contains("\"field\":\"phone\"");
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_DELIVERY, col).stream()
                .filter(event -> event.value().contains("\"quietHours\":{\"from\":\"22:00\",\"to\":\"06:30\"}")))
                .singleElement().satisfies(event -> assertConformsToCatalogue(event)));

        HttpResponse<String> export = http.send("GET", "/api/v1/me/export", null, null, me);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(json(export).get("memberships").size()).isEqualTo(2);
        assertThat(export.body()).contains(email, "22:00");

        HttpResponse<String> erased = http.send("DELETE", "/api/v1/me", null, null, me);
        assertThat(erased.statusCode()).isEqualTo(204);
        assertThat(json(http.get("/api/v1/platforms/KHM/members/" + khm)).get("status").asString()).isEqualTo("ERASED");
        assertThat(json(http.get("/api/v1/platforms/COL/members/" + col)).get("status").asString()).isEqualTo("ERASED");
        assertThat(accounts.findByEmail(email)).as("no sign-in is left").isEmpty();
        assertThat(http.send("GET", "/api/v1/me", null, null, me).statusCode()).isEqualTo(404);
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, col).stream()
                .filter(event -> header(event, "ce_type").equals("org.mineaction.platform.member.erased.v1")))
                .hasSize(1));
    }

    private void claim(String tokenHash, java.time.Instant claimedAt) {
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(tokenHash)),
                org.springframework.data.mongodb.core.query.Update.update("claimedAt", claimedAt),
                org.mineaction.platform.identity.persistence.InvitationDocument.class);
    }

    @Test
    void anUnknownLinkGetsAClearPageAndEscapesWhatItShows() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/invitations/%3Cscript%3Ealert(1)%3C-script%3E")).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("not valid").doesNotContain("<script");
        HttpResponse<String> api = accept("no-such-token", "correct horse battery staple");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    String base() {
        return "http://localhost:" + port;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    HttpResponse<String> postForm(HttpClient browser, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String invite(String email) throws Exception {
        HttpResponse<String> created = http.post("/api/v1/platforms/KHM/members",
                memberBody(http.organisation("KHM", "NATIONAL_NGO"), email, ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    HttpResponse<String> accept(String token, String password) throws Exception {
        return http.post("/invitations/" + token + "/accept", "{\"password\":\"" + password + "\"}");
    }

    List<ConsumerRecord<String, String>> invitations(String memberId) {
        return http.eventsAbout(Topics.PLATFORM_DELIVERY, memberId).stream()
                .filter(event -> INVITED.equals(header(event, "ce_type"))).toList();
    }

    List<ConsumerRecord<String, String>> invitations(String memberId, int expected) {
        eventually(() -> assertThat(invitations(memberId)).hasSize(expected));
        return invitations(memberId);
    }

    static String token(ConsumerRecord<String, String> invited) {
        Matcher link = LINK.matcher(invited.value());
        assertThat(link.find()).as(invited.value()).isTrue();
        return link.group(1);
    }
}
