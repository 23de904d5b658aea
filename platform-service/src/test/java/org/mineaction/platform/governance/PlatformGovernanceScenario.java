package org.mineaction.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.platform.membership.MembershipHttp.json;
import static org.mineaction.platform.membership.MembershipHttp.memberBody;
import static org.mineaction.platform.membership.MembershipHttp.uniqueEmail;
import static org.mineaction.testing.CatalogueAssertions.assertConformsToCatalogue;
import static org.mineaction.testing.CatalogueAssertions.header;
import static org.mineaction.testing.Eventually.eventually;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.platform.governance.persistence.ChampionsDocument;
import org.mineaction.platform.membership.MembershipHttp;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The lead's settings, composition and champion rotation, and the country's Convention
 * obligations, over HTTP on a real broker and store: changes stored with the version read, bad
 * input refused with nothing stored, every change announced once in a catalogue-conforming event.
 * Each test works on its own country.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The scheduled job is called by the test itself.
        "mineaction.champions.poll-interval=1h"})
@ActiveProfiles("test")
abstract class PlatformGovernanceScenario {

    @LocalServerPort
    int port;
    @Autowired
    KafkaConnectionDetails kafka;
    @Autowired
    Champions champions;
    @Autowired
    MongoTemplate mongo;

    MembershipHttp http;
    String bootstrap;

    @BeforeEach
    void client() {
        bootstrap = String.join(",", kafka.getBootstrapServers());
        http = new MembershipHttp(port, bootstrap);
    }

    @Test
    void theLeadChangesTheSettingsWithTheVersionReadAndEveryoneIsTold() throws Exception {
        http.platform("AGO", "Africa/Luanda");
        String authority = http.organisation("AGO", "NATIONAL_AUTHORITY");
        String undp = http.organisation("AGO", "UN_AGENCY");
        HttpResponse<String> read = http.get("/api/v1/platforms/AGO");
        assertThat(json(read).get("region").asString()).isEqualTo("AFRICA");
        assertThat(json(read).get("cadence").asString()).isEqualTo("QUARTERLY");
        String etag = read.headers().firstValue("ETag").orElseThrow();

        String settings = """
                {"name":"Plataforma Nacional de Acção contra Minas","languages":["pt","en"],"timeZone":"Africa/Luanda",
                 "leadOrganisationId":"%s","secretariatOrganisationId":"%s","cadence":"monthly",
                 "focusObjective":"ARTICLE_5_CLEARANCE",
                 "countryCode":"COL","contactEmail":"attacker@example.org","registeredAt":"2000-01-01T00:00:00Z"}"""
                .formatted(authority, undp);
        HttpResponse<String> updated = http.put("/api/v1/platforms/AGO", settings, Map.of("If-Match", etag));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode platform = json(updated);
        assertThat(platform.get("countryCode").asString()).isEqualTo("AGO");
        assertThat(platform.get("cadence").asString()).isEqualTo("MONTHLY");
        assertThat(platform.get("leadOrganisationId").asString()).isEqualTo(authority);
        assertThat(platform.get("languages").toString()).isEqualTo("[\"pt\",\"en\"]");
        assertThat(updated.body()).doesNotContain("attacker", "2000-01-01");
        assertThat(http.get("/api/v1/platforms/COL").statusCode()).isIn(200, 404);

        HttpResponse<String> stale = http.put("/api/v1/platforms/AGO", settings, Map.of("If-Match", etag));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        String current = updated.headers().firstValue("ETag").orElseThrow();
        for (String bad : List.of(settings.replace("\"pt\"", "\"xx\""), settings.replace(authority, "no-such-org"),
                settings.replace("monthly", "weekly"), settings.replace("Africa/Luanda", "Mars/Olympus"))) {
            HttpResponse<String> refused = http.put("/api/v1/platforms/AGO", bad, Map.of("If-Match", current));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).contains("\"field\"");
        }
        assertThat(http.get("/api/v1/platforms/AGO").headers().firstValue("ETag")).hasValue(current);
        assertThat(http.put("/api/v1/platforms/XYZ", settings, Map.of("If-Match", current)).statusCode())
                .isEqualTo(404);

        eventually(() -> assertThat(events("AGO", Type.PLATFORM_UPDATED)).hasSize(1));
        List<ConsumerRecord<String, String>> events = events("AGO", Type.PLATFORM_UPDATED);
        assertConformsToCatalogue(events.getFirst());
        assertThat(events.getFirst().value()).contains("\"region\":\"AFRICA\"", "\"cadence\":\"MONTHLY\"",
                "\"leadOrganisationId\":\"" + authority + "\"").doesNotContain("@");
        ConsumerRecord<String, String> registered = events("AGO", Type.PLATFORM_REGISTERED).getFirst();
        assertConformsToCatalogue(registered);
        assertThat(registered.value()).contains("\"region\":\"AFRICA\"", "\"cadence\":\"QUARTERLY\"");
        eventually(() -> assertThat(events("AGO", Type.ORGANISATION_REGISTERED)).hasSize(2)
                .allSatisfy(event -> assertConformsToCatalogue(event)));
    }

    @Test
    void theLeadSetsTheCompositionAndTheMembersFollow() throws Exception {
        http.platform("KHM", "Asia/Phnom_Penh");
        String organisation = http.organisation("KHM", "NATIONAL_NGO");
        String a = member("KHM", organisation);
        String b = member("KHM", organisation);
        HttpResponse<String> read = http.get("/api/v1/platforms/KHM/composition");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(json(read).get("components").get("TECHNICAL").toString()).contains(a, b);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> unknown = http.put("/api/v1/platforms/KHM/composition",
                "{\"components\":{\"POLITICAL\":[\"" + a + "\",\"nobody\"]}}", Map.of("If-Match", etag));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(components("KHM", a)).containsExactly("PARTICIPATORY", "TECHNICAL");

        HttpResponse<String> set = http.put("/api/v1/platforms/KHM/composition", """
                {"components":{"POLITICAL":["%s"],"TECHNICAL":["%s","%s"],"resource-mobilisation":[]}}"""
                .formatted(a, a, b), Map.of("If-Match", etag));

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).get("components").get("PARTICIPATORY").size()).isZero();
        assertThat(components("KHM", a)).containsExactly("POLITICAL", "TECHNICAL");
        assertThat(components("KHM", b)).containsExactly("TECHNICAL");
        assertThat(http.put("/api/v1/platforms/KHM/composition", "{\"components\":{}}", Map.of("If-Match", etag))
                .statusCode()).isEqualTo(409);

        eventually(() -> assertThat(events("KHM", Type.PLATFORM_COMPOSITION_CHANGED)).hasSize(1));
        ConsumerRecord<String, String> changed = events("KHM", Type.PLATFORM_COMPOSITION_CHANGED).getFirst();
        assertConformsToCatalogue(changed);
        assertThat(MembershipHttp.JSON.readTree(changed.value()).get("components").get("POLITICAL").get("memberIds").toString())
                .isEqualTo("[\"" + a + "\"]");
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, a).stream()
                .filter(event -> header(event, "ce_type").equals(Type.MEMBER_UPDATED.ceType()))).hasSize(1));
    }

    @Test
    void aRotatingChampionIsAnnouncedOnceWhenItsTermBegins() throws Exception {
        http.platform("COL", "America/Bogota");
        String norway = http.organisation("COL", "DONOR_STATE");
        String japan = http.organisation("COL", "DONOR_STATE");
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        String etag = http.get("/api/v1/platforms/COL/champions").headers().firstValue("ETag").orElseThrow();
        String overlapping = schedule(norway, today.minusDays(30), today, japan, today, today.plusDays(365));
        assertThat(http.put("/api/v1/platforms/COL/champions", overlapping, Map.of("If-Match", etag)).statusCode())
                .isEqualTo(400);

        HttpResponse<String> set = http.put("/api/v1/platforms/COL/champions",
                schedule(norway, today.minusDays(30), today.minusDays(1), japan, today, today.plusDays(365)),
                Map.of("If-Match", etag));

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).get("current").get("organisationId").asString()).isEqualTo(japan);
        assertThat(champions.rotateDue()).as("already announced").isZero();
        eventually(() -> assertThat(events("COL", Type.CHAMPION_ROTATED)).hasSize(1));
        ConsumerRecord<String, String> rotated = events("COL", Type.CHAMPION_ROTATED).getFirst();
        assertConformsToCatalogue(rotated);
        assertThat(MembershipHttp.JSON.readTree(rotated.value()).get("championOrganisationId").asString()).isEqualTo(japan);
        assertThat(MembershipHttp.JSON.readTree(rotated.value()).get("termFrom").asString()).isEqualTo(today.toString());

        // As if the job last ran yesterday, when Norway's term was running: today it announces Japan, once.
        mongo.updateFirst(Query.query(Criteria.where("_id").is("COL")), Update.update("announced",
                new ChampionsDocument.Term(norway, today.minusDays(30), today.minusDays(1))), ChampionsDocument.class);
        assertThat(champions.rotateDue()).isEqualTo(1);
        assertThat(champions.rotateDue()).as("once").isZero();
        eventually(() -> assertThat(events("COL", Type.CHAMPION_ROTATED)).hasSize(2));
        JsonNode byTheJob = MembershipHttp.JSON.readTree(events("COL", Type.CHAMPION_ROTATED).get(1).value());
        assertThat(byTheJob.get("championOrganisationId").asString()).isEqualTo(japan);
        assertThat(byTheJob.get("previousChampionOrganisationId").asString()).isEqualTo(norway);
        assertThat(byTheJob.get("championName").asString()).startsWith("Org ");

        // Norway is the fixed champion from today: the edit itself announces the change, once.
        String etag2 = http.get("/api/v1/platforms/COL/champions").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> fixed = http.put("/api/v1/platforms/COL/champions",
                "{\"mode\":\"FIXED\",\"terms\":[{\"organisationId\":\"" + norway + "\",\"from\":\"" + today + "\"}]}",
                Map.of("If-Match", etag2));
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);
        assertThat(champions.rotateDue()).isZero();
        eventually(() -> assertThat(events("COL", Type.CHAMPION_ROTATED)).hasSize(3));
        JsonNode second = MembershipHttp.JSON.readTree(events("COL", Type.CHAMPION_ROTATED).get(2).value());
        assertThat(second.get("championOrganisationId").asString()).isEqualTo(norway);
        assertThat(second.get("previousChampionOrganisationId").asString()).isEqualTo(japan);
        assertThat(second.has("termTo")).isFalse();
    }

    @Test
    void obligationsKeepTheirHistoryAndArticle7ReportsTheirDueDates() throws Exception {
        http.platform("AFG", "Asia/Kabul");
        String path = "/api/v1/platforms/AFG/obligations";
        String etag = http.get(path).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> basics = http.put(path,
                "{\"entryIntoForce\":\"2003-03-01\",\"article5\":{\"originalDeadline\":\"2013-03-01\"}}",
                Map.of("If-Match", etag));
        assertThat(basics.statusCode()).as(basics.body()).isEqualTo(200);
        assertThat(json(basics).get("article7InitialDueDate").asString()).isEqualTo("2003-08-28");
        etag = basics.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> tooEarly = http.post(path + "/article5/extensions",
                "{\"newDeadline\":\"2012-01-01\",\"grantedOn\":\"2012-12-07\",\"version\":" + version(etag) + "}");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        HttpResponse<String> extended = http.post(path + "/article5/extensions",
                "{\"newDeadline\":\"2023-03-01\",\"grantedOn\":\"2012-12-07\",\"decidedBy\":\"12MSP\",\"version\":"
                        + version(etag) + "}");
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        assertThat(json(extended).get("article5").get("currentDeadline").asString()).isEqualTo("2023-03-01");
        etag = extended.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> session = http.post(path + "/individualised-approach-sessions",
                "{\"heldOn\":\"2024-06-19\",\"title\":\"Intersessional meetings\",\"version\":" + version(etag) + "}");
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
        etag = session.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> future = http.put(path + "/article7/2025",
                "{\"submittedOn\":\"" + LocalDate.now().plusDays(2) + "\"}", Map.of("If-Match", etag));
        assertThat(future.statusCode()).isEqualTo(400);
        HttpResponse<String> late = http.put(path + "/article7/2024",
                "{\"submittedOn\":\"2025-05-02\",\"dueDate\":\"2030-01-01\"}", Map.of("If-Match", etag));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
        JsonNode report = json(late).get("article7Reports").get(0);
        assertThat(report.get("dueDate").asString()).isEqualTo("2025-04-30");
        assertThat(report.get("onTime").asBoolean()).isFalse();

        eventually(() -> assertThat(events("AFG", Type.OBLIGATION_CHANGED)).hasSize(3));
        eventually(() -> assertThat(events("AFG", Type.ARTICLE7_REPORT_SUBMITTED)).hasSize(1));
        events("AFG", Type.OBLIGATION_CHANGED).forEach(event -> assertConformsToCatalogue(event));
        ConsumerRecord<String, String> submitted = events("AFG", Type.ARTICLE7_REPORT_SUBMITTED).getFirst();
        assertConformsToCatalogue(submitted);
        assertThat(submitted.value()).contains("\"reportYear\":2024", "\"onTime\":false", "\"dueDate\":\"2025-04-30\"");
        JsonNode last = MembershipHttp.JSON.readTree(events("AFG", Type.OBLIGATION_CHANGED).get(2).value());
        assertThat(last.get("article5").get("extensions").get(0).get("previousDeadline").asString())
                .isEqualTo("2013-03-01");
        assertThat(last.get("individualisedApproachSessions").size()).isEqualTo(1);
    }

    private String member(String country, String organisation) throws Exception {
        HttpResponse<String> response = http.post("/api/v1/platforms/" + country + "/members",
                memberBody(organisation, uniqueEmail("m"), ""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    private List<String> components(String country, String member) throws Exception {
        JsonNode components = json(http.get("/api/v1/platforms/" + country + "/members/" + member)).get("components");
        return components.valueStream().map(JsonNode::asString).sorted().toList();
    }

    private static String schedule(String first, LocalDate from1, LocalDate to1, String second, LocalDate from2,
            LocalDate to2) {
        return """
                {"mode":"ROTATING","terms":[{"organisationId":"%s","from":"%s","to":"%s"},
                 {"organisationId":"%s","from":"%s","to":"%s"}]}""".formatted(first, from1, to1, second, from2, to2);
    }

    private static String version(String etag) {
        return etag.replace("\"", "");
    }

    private List<ConsumerRecord<String, String>> events(String country, Type type) {
        return KafkaTestRecords.readAll(bootstrap, Topics.PLATFORM_EVENTS, 1).stream()
                .filter(record -> country.equals(record.key()) && type.ceType().equals(header(record, "ce_type")))
                .toList();
    }
}
