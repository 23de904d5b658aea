package org.mineaction.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.testing.Eventually.eventually;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.KafkaTestRecords;
import org.mineaction.testing.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The figures end to end: a realistic stream of three countries over three years goes through the
 * real broker; every projection's figures are asserted exactly over HTTP, again after the whole
 * stream is replayed, and again after an operator rebuild into a fresh generation. "Today" is fixed
 * so that what is expected and overdue is exact.
 */
@EmbeddedInfrastructure(database = "reporting_figures")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FiguresIT {

    static final Instant TODAY = Instant.parse("2026-11-23T12:00:00Z");
    static final String ISU = TestTokens.global("isu-client", GlobalRole.ISU_ANALYST);
    static final String OPERATOR = TestTokens.global("operator", GlobalRole.OPERATOR);
    static final String KHM_LEAD = TestTokens.member("lead-khm", "KHM", PlatformRole.LEAD);

    @TestConfiguration
    static class FixedToday {
        @Bean
        Clock clock() {
            return Clock.fixed(TODAY, ZoneOffset.UTC);
        }
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @LocalServerPort
    int port;

    @Autowired
    ProjectionGenerations generations;

    RestTestClient http;
    final EventStream stream = Streams.threeCountries();

    @BeforeAll
    void publishTheStream() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        stream.publish(bootstrap);
        awaitCaughtUp();
    }

    private void awaitCaughtUp() {
        eventually(() -> assertThat(generations.status().activeLag()).isZero());
    }

    /** Dashboards as Cambodia's lead, cross-country reports as the ISU. */
    private JsonNode get(String uri) {
        return EventStream.JSON.readTree(body(uri));
    }

    private String body(String uri) {
        return http.get().uri(uri).header("Authorization", uri.startsWith("/api/v1/reports") ? ISU : KHM_LEAD)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private JsonNode khm2024() {
        JsonNode years = get("/api/v1/platforms/KHM/dashboard?year=2024").get("years");
        assertThat(years).hasSize(1);
        return years.get(0);
    }

    @Test
    @Order(1)
    void countsEveryProjectionOfACountryYearExactly() {
        assertKhm2024(khm2024());
        JsonNode platform = get("/api/v1/platforms/KHM/dashboard").get("platform");
        assertThat(platform.get("region").asString()).isEqualTo("ASIA");
        assertThat(platform.get("lastMeetingHeldOn").asString()).isEqualTo("2025-03-01");
        assertThat(platform.get("daysSinceLastMeeting").asInt()).isEqualTo(632);
    }

    static void assertKhm2024(JsonNode year) {
        JsonNode meetings = year.get("meetings");
        assertThat(meetings.get("cadence").asString()).isEqualTo("QUARTERLY");
        assertThat(meetings.get("scheduled").asInt()).isEqualTo(4);
        assertThat(meetings.get("held").asInt()).isEqualTo(3);
        assertThat(meetings.get("cancelled").asInt()).isEqualTo(1);
        assertThat(meetings.get("expected").asInt()).isEqualTo(4);
        assertThat(meetings.get("onTimeRate").asDouble()).isEqualTo(0.75);
        assertThat(meetings.get("heldByQuarter").toString()).isEqualTo("{\"Q1\":1,\"Q2\":1,\"Q3\":0,\"Q4\":1}");

        JsonNode minutes = year.get("minutes");
        assertThat(minutes.get("approved").asInt()).isEqualTo(2);
        assertThat(minutes.get("awaitingApproval").asInt()).isEqualTo(1);
        assertThat(minutes.get("medianCirculationDays").asDouble()).isEqualTo(7.0);
        assertThat(minutes.get("longestCirculationDays").asInt()).isEqualTo(10);

        JsonNode points = year.get("actionPoints");
        assertThat(points.get("opened").asInt()).isEqualTo(5);
        assertThat(points.get("done").asInt()).isEqualTo(2);
        assertThat(points.get("dropped").asInt()).isEqualTo(1);
        assertThat(points.get("open").asInt()).isEqualTo(1);
        assertThat(points.get("inProgress").asInt()).isEqualTo(1);
        assertThat(points.get("overdue").asInt()).isEqualTo(1);
        assertThat(points.get("completionRate").asDouble()).isEqualTo(0.5);
        assertThat(points.get("medianDaysToClose").asDouble()).isEqualTo(87.5);

        JsonNode participation = year.get("participation");
        assertThat(participation.get("meetingsHeld").asInt()).isEqualTo(3);
        assertThat(participation.get("distinctMembers").asInt()).isEqualTo(6);
        assertThat(participation.get("memberAttendances").asInt()).isEqualTo(11);
        assertThat(participation.get("guestAttendances").asInt()).isEqualTo(3);
        assertThat(participation.get("byCategory").get("NATIONAL_NGO").asInt()).isEqualTo(3);
        assertThat(participation.get("byCategory").get("AFFECTED_POPULATION").asInt()).isEqualTo(3 + 1);
        assertThat(participation.get("byGender").toString()).isEqualTo(
                "{\"FEMALE\":5,\"MALE\":\"<5\",\"OTHER\":\"<5\",\"PREFER_NOT_TO_SAY\":\"<5\",\"NOT_DECLARED\":\"<5\"}");
        assertThat(participation.get("byAgeGroup").get("AGE_25_39").asString()).isEqualTo("<5");

        assertThat(year.get("challenges").get("total").asInt()).isEqualTo(2);
        assertThat(year.get("challenges").get("recurring").asInt()).isEqualTo(1);
        assertThat(year.get("challenges").get("byObjective").get("ARTICLE_5_CLEARANCE").asInt()).isEqualTo(2);
        assertThat(year.get("needs").get("total").asInt()).isEqualTo(1);
        assertThat(year.get("needs").get("recurring").asInt()).isZero();

        JsonNode commitments = year.get("commitments");
        assertThat(commitments.get("count").asInt()).isEqualTo(3);
        // 1,000,000 NOK over 2024-2025 at 0.093, 250,000.50 EUR at 1.08; 100 XAF has no rate.
        assertThat(commitments.get("convertedByType").get("PLEDGE").decimalValue()).isEqualByComparingTo("46500.00");
        assertThat(commitments.get("convertedByType").get("DISBURSEMENT").decimalValue())
                .isEqualByComparingTo("270000.54");
        assertThat(commitments.get("convertedTotal").decimalValue()).isEqualByComparingTo("316500.54");
        assertThat(commitments.get("unconvertedCurrencies").asString()).isEqualTo("XAF");

        assertThat(year.get("article7").get("onTime").asBoolean()).isTrue();
        assertThat(year.get("article7").get("submittedOn").asString()).isEqualTo("2025-04-28");
        assertThat(year.get("notifications").get("sentByChannel").toString()).isEqualTo("{\"EMAIL\":4}");
        assertThat(year.get("notifications").get("failedByChannel").toString()).isEqualTo("{\"SMS\":1}");
    }

    @Test
    @Order(2)
    void theIsuTableHasEveryCountryOfTheYearAndFiltersByRegionAndObjective() {
        JsonNode table = get("/api/v1/reports/countries?year=2024");
        assertThat(table.get("rows").valueStream().map(r -> r.get("countryCode").asString()).toList())
                .containsExactly("KHM", "SEN", "TJK");
        JsonNode africa = get("/api/v1/reports/countries?year=2024&region=AFRICA");
        assertThat(africa.get("total").asInt()).isEqualTo(1);
        JsonNode sen = africa.get("rows").get(0);
        assertThat(sen.get("meetings").get("held").asInt()).isEqualTo(1);
        assertThat(sen.get("meetings").get("expected").asInt()).isEqualTo(2);
        assertThat(sen.get("meetings").get("onTimeRate").asDouble()).isEqualTo(0.5);
        assertThat(sen.get("participation").get("withDisability").asString()).isEqualTo("<5");

        JsonNode khm = get("/api/v1/reports/countries?year=2024&objective=VICTIM_ASSISTANCE").get("rows").get(0);
        assertThat(khm.get("challenges").get("total").asInt()).isZero();
        assertThat(khm.get("needs").get("total").asInt()).isEqualTo(1);
        assertThat(khm.get("commitments").get("convertedTotal").decimalValue()).isEqualByComparingTo("270000.54");

        JsonNode series = get("/api/v1/reports/time-series?metric=actionPoints.opened&period=quarter&from=2024&to=2024");
        assertThat(series.get("points").valueStream().map(p -> p.get("value").asInt()).toList())
                .containsExactly(2 + 1, 2, 0, 1);
        JsonNode held = get("/api/v1/reports/time-series?metric=meetings.held&from=2023&to=2025");
        assertThat(held.get("points").valueStream().map(p -> p.get("value").asInt()).toList())
                .containsExactly(1, 3 + 1 + 2, 1);
    }

    @Test
    @Order(3)
    void neitherTheTableNorItsExportsHoldANameAnEmailOrAPhone() {
        for (String uri : List.of("/api/v1/reports/countries?from=2023&to=2025",
                "/api/v1/reports/countries/export?from=2023&to=2025&format=csv",
                "/api/v1/reports/time-series?metric=participation.distinctMembers",
                "/api/v1/reports/countries/KHM/pack", "/api/v1/platforms/KHM/dashboard")) {
            assertThat(body(uri)).as(uri).doesNotContain("@", "+855", "member-ap", "m-khm-1", "lead-khm");
        }
        assertThat(body("/api/v1/reports/countries/KHM/pack")).contains("funding-gap", "Norway", "2025-04-28");
    }

    @Test
    @Order(4)
    void smallCellsAreSuppressedInCsvAndXlsx() throws IOException {
        byte[] csv = http.get().uri("/api/v1/reports/countries/export?year=2024&format=csv").header("Authorization", ISU)
                .exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        List<String> header = List.of(lines.getFirst().split(","));
        List<String> khm = List.of(lines.get(1).split(","));
        assertThat(khm.get(header.indexOf("participation.byGender.FEMALE"))).isEqualTo("5");
        assertThat(khm.get(header.indexOf("participation.byGender.MALE"))).isEqualTo("<5");
        assertThat(khm.get(header.indexOf("participation.withDisability"))).isEqualTo("<5");
        assertThat(khm.get(header.indexOf("actionPoints.completionRate"))).isEqualTo("0.5");

        byte[] xlsx = http.get().uri("/api/v1/platforms/KHM/dashboard/export?year=2024&format=xlsx")
                .header("Authorization", KHM_LEAD).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        String sheet = sheetOf(xlsx);
        assertThat(sheet).contains("<t>participation.byGender.MALE</t>", "<t>&lt;5</t>", "<v>5</v>");
        assertThat(cell(sheet, "participation.byGender.MALE")).isEqualTo("<t>&lt;5</t>");
    }

    @Test
    @Order(5)
    void impossibleFiltersAndUnknownParametersAreRefused() {
        for (String uri : List.of("/api/v1/reports/countries?yeer=2024", "/api/v1/reports/countries?year=1800",
                "/api/v1/reports/countries?from=2025&to=2024", "/api/v1/reports/countries?region=MARS",
                "/api/v1/reports/countries?year=2024&year=2025", "/api/v1/reports/countries?year=2024&from=2023",
                "/api/v1/reports/countries?objective=PEACE", "/api/v1/reports/countries/export?format=pdf",
                "/api/v1/reports/time-series?metric=participation.byGender.FEMALE",
                "/api/v1/reports/time-series?metric=minutes.approved&period=quarter",
                "/api/v1/platforms/KHM/dashboard?region=ASIA")) {
            http.get().uri(uri).header("Authorization", uri.startsWith("/api/v1/reports") ? ISU : KHM_LEAD)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").exists();
        }
    }

    @Test
    @Order(6)
    void malformedEventsAreParkedAndTheProjectionCarriesOn() {
        String topic = EventCatalogue.Topics.MEETING_EVENTS;
        KafkaTestRecords.publish(bootstrap, topic, "org.mineaction.meeting.held.v1", "KHM", "{\"meetingId\": ");
        KafkaTestRecords.publish(bootstrap, topic, "org.mineaction.meeting.action-point.assigned.v1", "KHM",
                "{\"countryCode\":\"KHM\",\"actionPointId\":\"bad-1\",\"openedAt\":\"2024-01-01T00:00:00Z\","
                        + "\"status\":\"FINISHED\"}");
        new EventStream().actionPoint("assigned", "KHM", "ap-after-bad", "2026-01-10", "2026-12-31", "OPEN", null,
                "2026-01-10").publish(bootstrap);

        eventually(() -> assertThat(get("/api/v1/platforms/KHM/dashboard?year=2026").get("years").findValues("opened"))
                .extracting(JsonNode::asInt).containsExactly(1));
        List<ConsumerRecord<String, String>> parked = KafkaTestRecords.readAll(bootstrap,
                EventCatalogue.Topics.deadLetterOf(topic), 2);
        assertThat(parked).extracting(ConsumerRecord::value).containsExactlyInAnyOrder("{\"meetingId\": ",
                "{\"countryCode\":\"KHM\",\"actionPointId\":\"bad-1\",\"openedAt\":\"2024-01-01T00:00:00Z\","
                        + "\"status\":\"FINISHED\"}");
    }

    @Test
    @Order(7)
    void replayingTheWholeStreamChangesNoFigure() {
        String before = get("/api/v1/reports/countries?from=2023&to=2025").toString();
        stream.publish(bootstrap);
        awaitCaughtUp();
        assertThat(get("/api/v1/reports/countries?from=2023&to=2025").toString()).isEqualTo(before);
        assertKhm2024(khm2024());
    }

    @Test
    @Order(8)
    void aRebuildReplaysIntoAFreshGenerationAndSwitchesOverWithTheSameFigures() {
        String before = get("/api/v1/reports/countries?from=2023&to=2026").toString();
        int live = generations.status().activeGeneration();

        http.post().uri("/api/v1/reports/projections/rebuild").header("Authorization", ISU).exchange()
                .expectStatus().isForbidden();
        http.post().uri("/api/v1/reports/projections/rebuild").header("Authorization", OPERATOR).exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.buildingGeneration").isEqualTo(live + 1);
        http.post().uri("/api/v1/reports/projections/rebuild").header("Authorization", OPERATOR).exchange()
                .expectStatus().isEqualTo(409);

        eventually(() -> assertThat(generations.status().activeGeneration()).isEqualTo(live + 1));
        assertThat(generations.status().buildingGeneration()).isNull();
        assertThat(get("/api/v1/reports/countries?from=2023&to=2026").toString()).isEqualTo(before);
        assertKhm2024(khm2024());
    }

    @Test
    @Order(5)
    void eachCallerReadsOnlyWhatTheirRoleAllows() {
        String senLead = TestTokens.member("lead-sen", "SEN", PlatformRole.LEAD);
        String khmObserver = TestTokens.member("observer-khm", "KHM", PlatformRole.OBSERVER);
        String khmMember = TestTokens.member("member-khm", "KHM", PlatformRole.MEMBER);
        String khmChampion = TestTokens.member("champion-khm", "KHM", PlatformRole.CHAMPION);
        for (String uri : List.of("/api/v1/platforms/KHM/dashboard", "/api/v1/platforms/KHM/dashboard/pack",
                "/api/v1/platforms/KHM/dashboard/export?format=csv")) {
            status(uri, senLead, 404);
            status(uri, ISU, 404);
            status(uri, khmObserver, 403);
            status(uri, khmMember, 200);
            status(uri, khmChampion, 200);
            status(uri, null, 401);
        }
        for (String uri : List.of("/api/v1/reports/countries", "/api/v1/reports/countries/export?format=xlsx",
                "/api/v1/reports/time-series?metric=meetings.held", "/api/v1/reports/countries/KHM/pack")) {
            status(uri, KHM_LEAD, 403);
            status(uri, OPERATOR, 403);
            status(uri, ISU, 200);
            status(uri, TestTokens.expired("isu-client", "KHM", PlatformRole.LEAD), 401);
        }
        status("/api/v1/reports/projections", ISU, 403);
        status("/api/v1/reports/projections", OPERATOR, 200);
    }

    private void status(String uri, String token, int expected) {
        var request = http.get().uri(uri);
        if (token != null) {
            request = request.header("Authorization", token);
        }
        request.exchange().expectStatus().isEqualTo(expected);
    }

    @Test
    @Order(9)
    void lagAndFreshnessAreMetrics() {
        generations.check();
        JsonNode lag = get("/actuator/metrics/reporting.projection.lag");
        assertThat(lag.get("availableTags").toString()).contains("live", "rebuild");
        JsonNode freshness = get("/actuator/metrics/reporting.projection.freshness");
        assertThat(freshness.get("measurements").get(0).get("value").asDouble()).isPositive();
    }

    private static String sheetOf(byte[] xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No sheet in the workbook");
    }

    /** The second-row cell under a header, as XML. */
    private static String cell(String sheet, String header) {
        String headerCell = "<t>" + header + "</t>";
        int at = sheet.indexOf(headerCell);
        String ref = sheet.substring(sheet.lastIndexOf("r=\"", at) + 3, sheet.indexOf('"', sheet.lastIndexOf("r=\"", at) + 3));
        String column = ref.replaceAll("[0-9]", "");
        int start = sheet.indexOf("<c r=\"" + column + "2\"");
        int end = sheet.indexOf("</c>", start);
        return sheet.substring(sheet.indexOf('>', start) + 1, end).replace("<is>", "").replace("</is>", "");
    }
}
