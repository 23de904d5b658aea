package org.mineaction.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.meeting.support.MeetingHttp.json;
import static org.mineaction.testing.Eventually.eventually;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.meeting.support.MeetingHttp;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * docs/identity-and-access.md for meeting-service, endpoint by endpoint: each endpoint is called by
 * every role of the platform, by a lead of another country, by the ISU and without a token. Another
 * country's caller gets 404 on reads and 403 on writes, whatever exists; a role the table does not
 * allow gets 403; an allowed one gets past authorization (its answer is then about the request:
 * 200, 400, 404, 409, never 401 or 403). Writes by refused callers change nothing: the fixture's
 * versions are checked at the end of each endpoint.
 */
@EmbeddedInfrastructure(database = "meeting-security")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingSecurityMatrixIT {

    static final String COUNTRY = "KHM";
    static final Set<PlatformRole> ALL = EnumSet.allOf(PlatformRole.class);
    static final Set<PlatformRole> ORGANISERS = EnumSet.of(PlatformRole.LEAD, PlatformRole.SECRETARIAT);
    static final Set<PlatformRole> LEAD = EnumSet.of(PlatformRole.LEAD);
    static final Set<PlatformRole> COMMITTERS = EnumSet.of(PlatformRole.LEAD, PlatformRole.SECRETARIAT,
            PlatformRole.CHAMPION);

    /** One row of the table: an endpoint and the platform roles allowed to use it. */
    record Endpoint(String method, String path, String body, Set<PlatformRole> allowed) {

        boolean isRead() {
            return method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @LocalServerPort
    int port;

    String bootstrap;

    /**
     * This context's broker. Not the {@code spring.kafka.bootstrap-servers} placeholder: resolved
     * for a cached context reused later, it names the broker of the latest context started in this JVM.
     */
    @Autowired
    void broker(KafkaConnectionDetails kafka) {
        bootstrap = String.join(",", kafka.getBootstrapServers());
    }

    MeetingHttp http;
    String meetingId;
    String outcomeId;
    String actionPointId;
    String commitmentId;

    @BeforeAll
    void closedMeetingWithEverything() {
        http = new MeetingHttp("http://localhost:" + port, bootstrap);
        http.platform(COUNTRY, "Asia/Phnom_Penh");
        String member = http.member(COUNTRY, "org-ngo", "NATIONAL_NGO", "MEMBER", "TECHNICAL");
        MeetingHttp lead = http.as(TestTokens.member("lead-1", COUNTRY, PlatformRole.LEAD));
        lead.awaitPlatform(COUNTRY);
        meetingId = json(lead.post(base("/meetings"), """
                {"type":"REGULAR","title":"Q1","objective":"ARTICLE_5_CLEARANCE","startsAt":"2027-02-16T02:00:00Z",
                 "endsAt":"2027-02-16T05:00:00Z","timeZone":"Asia/Phnom_Penh","place":"CMAA","schedule":true}"""), 201)
                .get("id").asString();
        eventually(() -> json(lead.post(base("/meetings/" + meetingId + "/invitations"),
                "{\"memberIds\":[\"" + member + "\"]}"), 200));
        json(lead.put(base("/meetings/" + meetingId + "/attendance"), "{\"memberIds\":[\"" + member
                + "\"],\"version\":1}"), 200);
        outcomeId = json(lead.post(base("/meetings/" + meetingId + "/outcomes"),
                "{\"kind\":\"CHALLENGE\",\"topic\":\"Funding\",\"text\":\"Short\"}"), 201).get("id").asString();
        actionPointId = json(lead.post(base("/action-points"), """
                {"meetingId":"%s","description":"Do it","ownerMemberId":"%s","dueDate":"%s"}"""
                .formatted(meetingId, member, LocalDate.now().plusDays(10))), 201).get("id").asString();
        commitmentId = json(lead.post(base("/commitments"), """
                {"donorOrganisationId":"org-d","donorName":"Donor","recipient":"CMAC","objective":"ARTICLE_5_CLEARANCE",
                 "type":"PLEDGE","amount":"10","currency":"USD","years":[2027]}"""), 201).get("id").asString();
        json(lead.put(base("/meetings/" + meetingId + "/minutes"), "{\"text\":\"Minutes\"}"), 200);
        json(lead.post(base("/meetings/" + meetingId + "/minutes/submit"), "{\"version\":0}"), 200);
        json(lead.post(base("/meetings/" + meetingId + "/minutes/approve"), "{\"version\":1}"), 200);
    }

    Stream<Endpoint> endpoints() {
        String m = "/meetings/" + meetingId;
        String meetingBody = """
                {"type":"REGULAR","title":"X","objective":"ARTICLE_5_CLEARANCE","startsAt":"2027-05-01T02:00:00Z",
                 "endsAt":"2027-05-01T01:00:00Z","timeZone":"Asia/Phnom_Penh","place":"P","version":0}""";
        String commitment = """
                {"donorOrganisationId":"d","donorName":"D","recipient":"R","objective":"ARTICLE_5_CLEARANCE",
                 "type":"PLEDGE","amount":"-1","currency":"USD","years":[2027],"version":0}""";
        return Stream.of(
                new Endpoint("GET", "/meetings", null, ALL),
                new Endpoint("GET", "/meetings/cadence/next", null, ALL),
                new Endpoint("POST", "/meetings", meetingBody, ORGANISERS),
                new Endpoint("GET", m, null, ALL),
                new Endpoint("PUT", m, meetingBody, ORGANISERS),
                new Endpoint("POST", m + "/schedule", "{\"version\":0}", ORGANISERS),
                new Endpoint("PUT", m + "/agenda", "{\"items\":[],\"version\":0}", ORGANISERS),
                new Endpoint("POST", m + "/invitations", "{\"allMembers\":true}", ORGANISERS),
                new Endpoint("POST", m + "/rsvp", "{\"response\":\"ACCEPTED\"}", ALL),
                new Endpoint("PUT", m + "/attendance", "{\"memberIds\":[],\"version\":0}", ORGANISERS),
                new Endpoint("POST", m + "/cancel", "{\"version\":0}", ORGANISERS),
                new Endpoint("GET", m + "/outcomes", null, ALL),
                new Endpoint("POST", m + "/outcomes", "{\"kind\":\"DECISION\",\"topic\":\"\",\"text\":\"\"}", ORGANISERS),
                new Endpoint("GET", m + "/outcomes/" + outcomeId, null, ALL),
                new Endpoint("PUT", m + "/outcomes/" + outcomeId, "{\"topic\":\"\",\"text\":\"\",\"version\":0}", ORGANISERS),
                new Endpoint("GET", m + "/minutes", null, ALL),
                new Endpoint("GET", m + "/minutes/pdf", null, ALL),
                new Endpoint("GET", m + "/minutes/history", null, ORGANISERS),
                new Endpoint("PUT", m + "/minutes", "{\"text\":\"Changed\",\"version\":0}", ORGANISERS),
                new Endpoint("POST", m + "/minutes/submit", "{\"version\":0}", ORGANISERS),
                new Endpoint("POST", m + "/minutes/return", "{\"comments\":[\"x\"],\"version\":0}", LEAD),
                new Endpoint("POST", m + "/minutes/approve", "{\"version\":0}", LEAD),
                new Endpoint("GET", "/action-points", null, ALL),
                new Endpoint("POST", "/action-points", "{\"description\":\"\",\"dueDate\":\"2099-01-01\"}", ORGANISERS),
                new Endpoint("GET", "/action-points/" + actionPointId, null, ALL),
                new Endpoint("PUT", "/action-points/" + actionPointId, "{\"description\":\"\",\"version\":0}", ORGANISERS),
                new Endpoint("POST", "/action-points/" + actionPointId + "/status", "{\"status\":\"OPEN\",\"version\":0}",
                        ORGANISERS),
                new Endpoint("POST", "/action-points/" + actionPointId + "/notes", "{\"note\":\"\"}", ORGANISERS),
                new Endpoint("GET", "/commitments", null, ALL),
                new Endpoint("POST", "/commitments", commitment, COMMITTERS),
                new Endpoint("GET", "/commitments/" + commitmentId, null, ALL),
                new Endpoint("PUT", "/commitments/" + commitmentId, commitment, COMMITTERS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachRoleGetsWhatTheTableSays(Endpoint endpoint) {
        Map<String, Long> versionsBefore = versions();
        SoftAssertions softly = new SoftAssertions();
        for (PlatformRole role : PlatformRole.values()) {
            int status = call(endpoint, TestTokens.member("caller-" + role, COUNTRY, role)).statusCode();
            if (endpoint.allowed().contains(role)) {
                softly.assertThat(status).as("%s by %s", endpoint, role).isNotIn(401, 403);
                if (endpoint.isRead()) {
                    softly.assertThat(status).as("%s by %s", endpoint, role).isEqualTo(200);
                }
            } else {
                softly.assertThat(status).as("%s by %s", endpoint, role).isEqualTo(endpoint.isRead() ? 404 : 403);
            }
        }
        int expectedElsewhere = endpoint.isRead() ? 404 : 403;
        softly.assertThat(call(endpoint, TestTokens.member("lead-col", "COL", PlatformRole.LEAD)).statusCode())
                .as("%s by a lead of another country", endpoint).isEqualTo(expectedElsewhere);
        softly.assertThat(call(endpoint, TestTokens.global("isu", GlobalRole.ISU_ANALYST)).statusCode())
                .as("%s by the ISU", endpoint).isEqualTo(expectedElsewhere);
        softly.assertThat(call(endpoint, null).statusCode()).as("%s without a token", endpoint).isEqualTo(401);
        softly.assertThat(call(endpoint, TestTokens.expired("lead-1", COUNTRY, PlatformRole.LEAD)).statusCode())
                .as("%s with an expired token", endpoint).isEqualTo(401);
        softly.assertThat(versions()).as("versions after %s", endpoint).isEqualTo(versionsBefore);
        softly.assertAll();
    }

    private HttpResponse<String> call(Endpoint endpoint, String bearer) {
        return http.as(bearer).send(endpoint.method(), base(endpoint.path()),
                endpoint.body() == null ? null : "application/json", endpoint.body(), Map.of());
    }

    /** The versions of the fixture's documents, as an organiser reads them: a refused write changes none. */
    private Map<String, Long> versions() {
        MeetingHttp lead = http.as(TestTokens.member("lead-1", COUNTRY, PlatformRole.LEAD));
        return Map.of(
                "meeting", version(lead, "/meetings/" + meetingId),
                "outcome", version(lead, "/meetings/" + meetingId + "/outcomes/" + outcomeId),
                "minutes", version(lead, "/meetings/" + meetingId + "/minutes"),
                "actionPoint", version(lead, "/action-points/" + actionPointId),
                "commitment", version(lead, "/commitments/" + commitmentId));
    }

    private static long version(MeetingHttp client, String path) {
        HttpResponse<String> response = client.get(base(path));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return MeetingHttp.JSON.readTree(response.body()).get("version").asLong();
    }

    private static String base(String path) {
        return "/api/v1/platforms/" + COUNTRY + path;
    }
}
