package org.mineaction.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.platform.membership.MembershipHttp.memberBody;
import static org.mineaction.platform.membership.MembershipHttp.uniqueEmail;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.platform.membership.MembershipHttp;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.security.TestTokens;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The role table of docs/identity-and-access.md, asserted: every platform-service endpoint x every
 * role, held on the path's country (own) or on another one (foreign), with the exact status. Allowed
 * calls are real, valid requests (each destructive one on a resource of its own), so a 2xx proves
 * the caller got through; denied ones must change nothing a later case could see. Nobody but the
 * lead, the secretariat and the person themself ever receives an e-mail address or phone number.
 */
@EmbeddedInfrastructure(database = "platform-security-matrix-it")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformSecurityMatrixIT {

    static final String OWN = "KHM";
    static final String FOREIGN = "COL";

    @LocalServerPort
    int port;
    @Autowired
    KafkaConnectionDetails kafka;

    MembershipHttp http;
    String organisation;
    String donor;
    final AtomicInteger counter = new AtomicInteger();

    /** Who calls: a global role, or a platform role held on the own or a foreign country. */
    record Caller(String name, GlobalRole global, PlatformRole role, boolean own) {

        String token(String subject) {
            if (global != null) {
                return TestTokens.global("it-" + global.name().toLowerCase(), global);
            }
            return TestTokens.member(subject, own ? OWN : FOREIGN, role);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Who may, per the table: the expected status for each global and own platform role. */
    enum Access { OK, FORBIDDEN, NOT_FOUND }

    /** A request ready to send, prepared (as the lead) for one case. */
    record Call(String method, String path, String contentType, String body, Map<String, String> headers,
            String subject) {
    }

    record Endpoint(String name, int ok, boolean read, Map<GlobalRole, Access> globals, List<PlatformRole> allowed,
            Function<PlatformSecurityMatrixIT, Call> prepare) {

        @Override
        public String toString() {
            return name;
        }

        /** The status the table promises this caller. */
        int expected(Caller caller) {
            if (name.startsWith("GET /api/v1/platforms ")) {
                return 200;
            }
            if (name.contains("/api/v1/me")) {
                return caller.global() != null ? 404 : ok;
            }
            if (caller.global() != null) {
                return status(globals.getOrDefault(caller.global(), read ? Access.NOT_FOUND : Access.FORBIDDEN));
            }
            if (name.startsWith("POST /api/v1/platforms ")) {
                return 403;
            }
            if (!caller.own()) {
                // The country floor: another country's data does not exist for reads, is forbidden for writes.
                return read ? 404 : 403;
            }
            return allowed.contains(caller.role()) ? ok : 403;
        }

        private int status(Access access) {
            return switch (access) {
                case OK -> ok;
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
            };
        }
    }

    static final List<PlatformRole> ALL = List.of(PlatformRole.values());
    static final List<PlatformRole> LEAD = List.of(PlatformRole.LEAD);
    static final List<PlatformRole> LEAD_SECRETARIAT = List.of(PlatformRole.LEAD, PlatformRole.SECRETARIAT);
    static final Map<GlobalRole, Access> BOTH_READ = Map.of(GlobalRole.OPERATOR, Access.OK, GlobalRole.ISU_ANALYST, Access.OK);
    static final Map<GlobalRole, Access> NO_GLOBAL_WRITE = Map.of(GlobalRole.OPERATOR, Access.FORBIDDEN,
            GlobalRole.ISU_ANALYST, Access.FORBIDDEN);
    static final Map<GlobalRole, Access> NO_GLOBAL_READ = Map.of(GlobalRole.OPERATOR, Access.NOT_FOUND,
            GlobalRole.ISU_ANALYST, Access.NOT_FOUND);
    static final Map<GlobalRole, Access> OPERATOR_ONLY = Map.of(GlobalRole.OPERATOR, Access.OK,
            GlobalRole.ISU_ANALYST, Access.FORBIDDEN);

    static String p(String rest) {
        return "/api/v1/platforms/" + OWN + rest;
    }

    static Call call(String method, String path, String body) {
        return new Call(method, path, body == null ? null : "application/json", body, Map.of(), null);
    }

    static Call versioned(String method, String path, String body, String etag) {
        return new Call(method, path, "application/json", body, Map.of("If-Match", etag), null);
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /api/v1/platforms (register)", 201, false, OPERATOR_ONLY, List.of(), t -> call("POST",
                        "/api/v1/platforms", """
                        {"countryCode":"%s","name":"P","languages":["en"],"timeZone":"UTC","contactEmail":"x@y.org"}"""
                        .formatted(t.freshCountry()))),
                new Endpoint("GET /api/v1/platforms (list)", 200, true, BOTH_READ, ALL,
                        t -> call("GET", "/api/v1/platforms", null)),
                new Endpoint("GET platform", 200, true, BOTH_READ, ALL, t -> call("GET", p(""), null)),
                new Endpoint("PUT platform settings", 200, false, NO_GLOBAL_WRITE, LEAD, t -> versioned("PUT", p(""),
                        "{\"name\":\"Cambodia\",\"languages\":[\"en\",\"fr\"],\"timeZone\":\"Asia/Phnom_Penh\"}",
                        t.etag(p("")))),
                new Endpoint("POST organisation", 201, false, OPERATOR_ONLY, LEAD_SECRETARIAT, t -> call("POST",
                        p("/organisations"), "{\"name\":\"Org " + t.unique() + "\",\"category\":\"ACADEMIA\"}")),
                new Endpoint("GET organisations", 200, true, BOTH_READ, ALL, t -> call("GET", p("/organisations"), null)),
                new Endpoint("GET organisation", 200, true, BOTH_READ, ALL,
                        t -> call("GET", p("/organisations/" + t.organisation), null)),
                new Endpoint("PUT organisation", 200, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT, t -> {
                    String id = t.freshOrganisation();
                    return versioned("PUT", p("/organisations/" + id), "{\"name\":\"Renamed " + t.unique()
                            + "\",\"category\":\"MINISTRY\"}", t.etag(p("/organisations/" + id)));
                }),
                new Endpoint("DELETE organisation", 204, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT,
                        t -> call("DELETE", p("/organisations/" + t.freshOrganisation()), null)),
                new Endpoint("POST member", 201, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT, t -> call("POST", p("/members"),
                        memberBody(t.organisation, uniqueEmail("matrix"), "+85512345678"))),
                new Endpoint("POST members/import", 200, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT, t -> new Call("POST",
                        p("/members/import"), "text/csv", "name,email,phone,organisation,category,role,language,timeZone,components\n"
                        + "Dara Sok," + uniqueEmail("csv") + ",,Org CSV,NATIONAL_NGO,MEMBER,en,,TECHNICAL\n", Map.of(), null)),
                new Endpoint("GET members", 200, true, NO_GLOBAL_READ, ALL, t -> call("GET", p("/members"), null)),
                new Endpoint("GET member", 200, true, NO_GLOBAL_READ, ALL,
                        t -> call("GET", p("/members/" + t.freshMember()), null)),
                new Endpoint("PUT member", 200, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT, t -> {
                    String id = t.freshMember();
                    return versioned("PUT", p("/members/" + id), memberBody(t.organisation, uniqueEmail("put"), ""),
                            t.etag(p("/members/" + id)));
                }),
                new Endpoint("DELETE member (leave)", 204, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT,
                        t -> call("DELETE", p("/members/" + t.freshMember()), null)),
                new Endpoint("POST member invitation", 202, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT,
                        t -> call("POST", p("/members/" + t.freshMember() + "/invitation"), null)),
                new Endpoint("GET member export", 200, true, NO_GLOBAL_WRITE, LEAD,
                        t -> call("GET", p("/members/" + t.freshMember() + "/export"), null)),
                new Endpoint("DELETE member personal-data", 204, false, OPERATOR_ONLY, LEAD,
                        t -> call("DELETE", p("/members/" + t.freshMember() + "/personal-data"), null)),
                new Endpoint("GET composition", 200, true, NO_GLOBAL_READ, ALL, t -> call("GET", p("/composition"), null)),
                new Endpoint("PUT composition", 200, false, NO_GLOBAL_WRITE, LEAD, t -> versioned("PUT", p("/composition"),
                        "{\"components\":{}}", t.etag(p("/composition")))),
                new Endpoint("GET champions", 200, true, BOTH_READ, ALL, t -> call("GET", p("/champions"), null)),
                new Endpoint("PUT champions", 200, false, NO_GLOBAL_WRITE, LEAD, t -> versioned("PUT", p("/champions"),
                        "{\"mode\":\"FIXED\",\"terms\":[{\"organisationId\":\"" + t.donor + "\",\"from\":\"2020-01-01\"}]}",
                        t.etag(p("/champions")))),
                new Endpoint("GET obligations", 200, true, BOTH_READ, ALL, t -> call("GET", p("/obligations"), null)),
                new Endpoint("PUT obligations", 200, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT, t -> versioned("PUT",
                        p("/obligations"), "{\"entryIntoForce\":\"2000-01-01\",\"article5\":{\"originalDeadline\":\"2010-01-01\"}}",
                        t.etag(p("/obligations")))),
                new Endpoint("POST obligations extension", 200, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT, t -> versioned(
                        "POST", p("/obligations/article5/extensions"), "{\"newDeadline\":\""
                                + LocalDate.of(2030, 1, 1).plusDays(t.counter.incrementAndGet())
                                + "\",\"grantedOn\":\"2025-11-20\"}", t.etag(p("/obligations")))),
                new Endpoint("POST obligations session", 200, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT, t -> versioned(
                        "POST", p("/obligations/individualised-approach-sessions"), "{\"heldOn\":\"2025-06-01\"}",
                        t.etag(p("/obligations")))),
                new Endpoint("PUT obligations article7", 200, false, NO_GLOBAL_WRITE, LEAD_SECRETARIAT, t -> versioned(
                        "PUT", p("/obligations/article7/2024"), "{\"submittedOn\":\"2025-04-2" + t.counter.incrementAndGet() % 10
                                + "\"}", t.etag(p("/obligations")))),
                new Endpoint("GET /api/v1/me", 200, true, Map.of(), ALL, t -> t.asMember(call("GET", "/api/v1/me", null))),
                new Endpoint("PUT /api/v1/me profile", 200, false, Map.of(), ALL, t -> {
                    String id = t.freshMember();
                    return new Call("PUT", "/api/v1/me/memberships/" + id + "/profile", "application/json",
                            "{\"name\":\"Myself\",\"language\":\"es\",\"role\":\"LEAD\",\"version\":0}", Map.of(), id);
                }),
                new Endpoint("PUT /api/v1/me preferences", 200, false, Map.of(), ALL, t -> {
                    String id = t.freshMember();
                    return new Call("PUT", "/api/v1/me/memberships/" + id + "/preferences", "application/json",
                            "{\"notificationPreferences\":{\"EMAIL\":[\"MINUTES\"]},\"quietHours\":{\"from\":\"21:00\","
                                    + "\"to\":\"07:00\"},\"version\":0}", Map.of(), id);
                }),
                new Endpoint("GET /api/v1/me/export", 200, true, Map.of(), ALL,
                        t -> t.asMember(call("GET", "/api/v1/me/export", null))),
                new Endpoint("DELETE /api/v1/me", 204, false, Map.of(), ALL,
                        t -> t.asMember(call("DELETE", "/api/v1/me", null))));
    }

    static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        for (GlobalRole global : GlobalRole.values()) {
            callers.add(new Caller(global.name(), global, null, false));
        }
        for (PlatformRole role : PlatformRole.values()) {
            callers.add(new Caller(role + " own", null, role, true));
            callers.add(new Caller(role + " foreign", null, role, false));
        }
        return callers;
    }

    static Stream<Arguments> matrix() {
        return endpoints().stream().flatMap(endpoint -> callers().stream().map(caller -> Arguments.of(endpoint, caller)));
    }

    @BeforeAll
    void platforms() throws Exception {
        http = new MembershipHttp(port, String.join(",", kafka.getBootstrapServers()));
        http.platform(OWN, "Asia/Phnom_Penh");
        http.platform(FOREIGN, "America/Bogota");
        organisation = http.organisation(OWN, "NATIONAL_NGO");
        donor = http.organisation(OWN, "DONOR_STATE");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryRoleAsTheTableSays(Endpoint endpoint, Caller caller) throws Exception {
        Call call = endpoint.prepare().apply(this);
        Map<String, String> headers = new HashMap<>(call.headers());
        headers.put("Authorization", caller.token(call.subject() != null ? call.subject() : "it-" + caller.name()));

        HttpResponse<String> response = http.send(call.method(), call.path(), call.contentType(), call.body(), headers);

        assertThat(response.statusCode()).as("%s as %s: %s", endpoint, caller, response.body())
                .isEqualTo(endpoint.expected(caller));
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        boolean entitledToContactData = caller.global() == null && caller.own()
                && (caller.role() == PlatformRole.LEAD || caller.role() == PlatformRole.SECRETARIAT)
                || endpoint.name().contains("/api/v1/me");
        if (!entitledToContactData) {
            assertThat(response.body()).as("%s as %s", endpoint, caller).doesNotContain("@", "+855");
        }
    }

    @Test
    void everyRoleOfTheTableIsCovered() {
        assertThat(callers()).hasSize(GlobalRole.values().length + 2 * PlatformRole.values().length);
        Map<PlatformRole, Integer> allowedSomewhere = new EnumMap<>(PlatformRole.class);
        endpoints().forEach(endpoint -> endpoint.allowed().forEach(role -> allowedSomewhere.merge(role, 1, Integer::sum)));
        assertThat(allowedSomewhere).containsOnlyKeys(PlatformRole.values());
    }

    @Test
    void aTokenThatIsMissingExpiredForgedUnsignedOrForSomebodyElseGets401() throws Exception {
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("expired", TestTokens.expired("it-lead", OWN, PlatformRole.LEAD));
        tokens.put("wrongly signed", TestTokens.wronglySigned("it-lead", OWN, PlatformRole.LEAD));
        tokens.put("alg none", TestTokens.algNone("it-lead", OWN, PlatformRole.LEAD));
        tokens.put("wrong issuer", TestTokens.wrongIssuer("it-lead", OWN, PlatformRole.LEAD));
        tokens.put("wrong audience", TestTokens.wrongAudience("it-lead", OWN, PlatformRole.LEAD));
        tokens.put("not a token", "Bearer not-a-token");
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            HttpResponse<String> refused = http.send("GET", p("/members"), null, null,
                    Map.of("Authorization", token.getValue()));
            assertThat(refused.statusCode()).as(token.getKey()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertThat(refused.body()).doesNotContain("@");
        }
        java.net.http.HttpResponse<String> missing = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + p("/members")))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).as("missing").isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http.send("GET", p("/members"), null, null,
                Map.of("Authorization", TestTokens.member("it-lead", OWN, PlatformRole.LEAD))).statusCode())
                .as("the same request with a valid token").isEqualTo(200);
    }

    @Test
    void theOperatorBootstrapsAPlatformWithItsFirstLeadAndNothingMore() throws Exception {
        String operator = TestTokens.global("it-operator", GlobalRole.OPERATOR);
        http.platform("KEN", "Africa/Nairobi");
        HttpResponse<String> authority = http.send("POST", "/api/v1/platforms/KEN/organisations", "application/json",
                "{\"name\":\"Kenya Mine Action Centre\",\"category\":\"NATIONAL_AUTHORITY\"}",
                Map.of("Authorization", operator));
        assertThat(authority.statusCode()).as(authority.body()).isEqualTo(201);
        String organisationId = MembershipHttp.json(authority).get("id").asString();
        String lead = memberBody(organisationId, uniqueEmail("ken.lead"), "").replace("\"MEMBER\"", "\"LEAD\"");

        HttpResponse<String> first = http.send("POST", "/api/v1/platforms/KEN/members", "application/json", lead,
                Map.of("Authorization", operator));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        HttpResponse<String> second = http.send("POST", "/api/v1/platforms/KEN/members", "application/json",
                memberBody(organisationId, uniqueEmail("ken.lead2"), "").replace("\"MEMBER\"", "\"LEAD\""),
                Map.of("Authorization", operator));
        assertThat(second.statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/api/v1/platforms/KEN/members", "application/json",
                memberBody(organisationId, uniqueEmail("ken.member"), ""), Map.of("Authorization", operator))
                .statusCode()).isEqualTo(403);
        assertThat(http.send("GET", "/api/v1/platforms/KEN/members", null, null, Map.of("Authorization", operator))
                .statusCode()).as("the operator reads no member list").isEqualTo(404);
    }

    @Test
    void countryRoleIdAndStatusInABodyAreNotAssigned() throws Exception {
        String body = memberBody(organisation, uniqueEmail("mass"), "").replaceFirst("\\{",
                "{\"id\":\"chosen-id\",\"countryCode\":\"COL\",\"country\":\"COL\",\"status\":\"ACTIVE\","
                        + "\"invitedAt\":\"2000-01-01T00:00:00Z\",");
        HttpResponse<String> created = http.send("POST", p("/members"), "application/json", body,
                Map.of("Authorization", TestTokens.member("it-lead", OWN, PlatformRole.LEAD)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        tools.jackson.databind.JsonNode member = MembershipHttp.json(created);
        assertThat(member.get("id").asString()).isNotEqualTo("chosen-id");
        assertThat(member.get("countryCode").asString()).isEqualTo(OWN);
        assertThat(member.get("status").asString()).isEqualTo("INVITED");
        String id = member.get("id").asString();

        HttpResponse<String> own = http.send("PUT", "/api/v1/me/memberships/" + id + "/profile", "application/json",
                "{\"name\":\"Me\",\"role\":\"LEAD\",\"organisationId\":\"" + donor
                        + "\",\"email\":\"someone.else@example.org\",\"countryCode\":\"COL\",\"version\":0}",
                Map.of("Authorization", TestTokens.member(id, OWN, PlatformRole.MEMBER)));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        tools.jackson.databind.JsonNode changed = MembershipHttp.json(own);
        assertThat(changed.get("name").asString()).isEqualTo("Me");
        assertThat(changed.get("role").asString()).isEqualTo("MEMBER");
        assertThat(changed.get("organisationId").asString()).isEqualTo(organisation);
        assertThat(changed.get("email").asString()).doesNotContain("someone.else");
        assertThat(changed.get("countryCode").asString()).isEqualTo(OWN);

        String other = freshMember();
        assertThat(http.send("PUT", "/api/v1/me/memberships/" + other + "/profile", "application/json",
                "{\"name\":\"Not me\",\"version\":0}",
                Map.of("Authorization", TestTokens.member(id, OWN, PlatformRole.MEMBER))).statusCode())
                .as("somebody else's membership").isEqualTo(404);
    }

    @Test
    void onlyTheLeadAppointsOrChangesALeadTheSecretariatCannotPromoteItself() throws Exception {
        Map<String, String> secretariat = Map.of("Authorization", TestTokens.member("it-sec", OWN, PlatformRole.SECRETARIAT));
        String leadBody = memberBody(organisation, uniqueEmail("new.lead"), "").replace("\"MEMBER\"", "\"LEAD\"");

        assertThat(http.send("POST", p("/members"), "application/json", leadBody, secretariat).statusCode())
                .isEqualTo(403);
        String member = freshMember();
        assertThat(http.send("PUT", p("/members/" + member), "application/json", leadBody,
                Map.of("Authorization", secretariat.get("Authorization"), "If-Match", etag(p("/members/" + member))))
                .statusCode()).as("promoting").isEqualTo(403);
        String lead = MembershipHttp.json(http.send("POST", p("/members"), "application/json", leadBody,
                Map.of("Authorization", TestTokens.member("it-lead", OWN, PlatformRole.LEAD)))).get("id").asString();
        assertThat(http.send("PUT", p("/members/" + lead), "application/json",
                memberBody(organisation, uniqueEmail("demoted"), ""),
                Map.of("Authorization", secretariat.get("Authorization"), "If-Match", etag(p("/members/" + lead))))
                .statusCode()).as("demoting").isEqualTo(403);

        HttpResponse<String> imported = http.send("POST", p("/members/import"), "text/csv",
                "name,email,phone,organisation,category,role,language,timeZone,components\n"
                        + "Dara Sok," + uniqueEmail("csv.lead") + ",,Org CSV,NATIONAL_NGO,LEAD,en,,\n"
                        + "Sok Dara," + uniqueEmail("csv.member") + ",,Org CSV,NATIONAL_NGO,MEMBER,en,,\n", secretariat);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(MembershipHttp.json(imported).get("members").size()).isEqualTo(1);
        assertThat(imported.body()).contains("only the platform's lead may invite a lead");
    }

    // --- fresh resources, made by the lead ----------------------------------------------------------

    String lead(String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(method, path, body == null ? null : "application/json", body,
                Map.of("Authorization", TestTokens.member("it-lead", OWN, PlatformRole.LEAD)));
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return response.headers().firstValue("ETag").orElse(response.body());
    }

    String etag(String path) {
        try {
            return lead("GET", path, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String freshMember() {
        try {
            String body = http.send("POST", p("/members"), "application/json",
                    memberBody(organisation, uniqueEmail("fresh"), "+85512345678"),
                    Map.of("Authorization", TestTokens.member("it-lead", OWN, PlatformRole.LEAD))).body();
            return json(body).get("id").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String freshOrganisation() {
        try {
            return http.organisation(OWN, "MINISTRY");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The call made by a person who is a member of the own platform: the token's subject is their id. */
    Call asMember(Call call) {
        return new Call(call.method(), call.path(), call.contentType(), call.body(), call.headers(), freshMember());
    }

    String freshCountry() {
        String[] codes = {"PER", "NPL", "SEN", "BIH", "LBN", "TJK", "ZWE", "YEM", "SOM", "MMR", "LAO", "VNM"};
        return codes[counter.incrementAndGet() % codes.length];
    }

    String unique() {
        return Integer.toString(counter.incrementAndGet());
    }

    static tools.jackson.databind.JsonNode json(String body) {
        return MembershipHttp.JSON.readTree(body);
    }
}
