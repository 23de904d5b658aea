package org.mineaction.platform.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.platform.membership.MembershipHttp.json;
import static org.mineaction.testing.CatalogueAssertions.assertConformsToCatalogue;
import static org.mineaction.testing.CatalogueAssertions.header;
import static org.mineaction.testing.Eventually.eventually;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.platform.membership.persistence.MemberRepository;
import org.mineaction.platform.membership.persistence.OrganisationRepository;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Importing members from CSV over HTTP: good rows kept and announced, bad rows reported, bad files refused whole. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class MemberImportScenario {

    private static final String HEADER = "name,email,phone,organisation,category,role,language,timeZone,components\n";

    @LocalServerPort
    int port;
    @Autowired
    KafkaConnectionDetails kafka;
    @Autowired
    MemberRepository members;
    @Autowired
    OrganisationRepository organisations;

    MembershipHttp http;

    @BeforeEach
    void platforms() throws Exception {
        http = new MembershipHttp(port, String.join(",", kafka.getBootstrapServers()));
        http.platform("KHM", "Asia/Phnom_Penh");
        http.platform("MOZ", "Africa/Maputo");
    }

    private HttpResponse<String> importCsv(String country, String csv) throws Exception {
        return http.send("POST", "/api/v1/platforms/" + country + "/members/import", "text/csv; charset=utf-8", csv,
                Map.of());
    }

    @Test
    void importsAHundredMembersKeepingGoodRowsAndReportingBadOnes() throws Exception {
        http.platform("AGO", "Africa/Luanda");
        String existing = MembershipHttp.uniqueEmail("existing");
        String organisation = http.organisation("AGO", "NATIONAL_AUTHORITY");
        assertThat(http.post("/api/v1/platforms/AGO/members", MembershipHttp.memberBody(organisation, existing, ""))
                .statusCode()).isEqualTo(201);
        String run = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder(HEADER);
        List<Integer> badRows = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            int row = i + 1;
            String email = "member" + i + "." + run + "@ngo.example.org";
            String phone = "+244 923 " + String.format("%03d", i) + " 456";
            String language = "pt";
            if (i % 10 == 0) {
                phone = "12345";
                badRows.add(row);
            } else if (i % 10 == 5) {
                language = "xx";
                badRows.add(row);
            }
            if (i == 33) {
                email = "member32." + run + "@NGO.example.org"; // repeats row 33's address in another case
                badRows.add(row);
            }
            if (i == 77) {
                email = existing.toUpperCase();
                badRows.add(row);
            }
            csv.append("Member ").append(i).append(',').append(email).append(',').append(phone).append(',')
                    .append(i % 2 == 0 ? "HALO Trust " + run : "Mines Advisory Group " + run).append(",INTERNATIONAL_NGO,")
                    .append(i == 1 ? "SECRETARIAT" : "MEMBER").append(',').append(language).append(",,TECHNICAL;PARTICIPATORY\n");
        }
        long before = members.count();

        HttpResponse<String> response = importCsv("AGO", csv.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = json(response);
        int good = 100 - badRows.size();
        assertThat(report.get("rows").asInt()).isEqualTo(100);
        assertThat(report.get("imported").asInt()).isEqualTo(good);
        assertThat(report.get("rejected").asInt()).isEqualTo(badRows.size());
        assertThat(report.get("organisationsCreated").asInt()).isEqualTo(2);
        List<Integer> reportedRows = new ArrayList<>();
        report.get("errors").forEach(error -> {
            reportedRows.add(error.get("row").asInt());
            assertThat(error.get("field").asString()).isNotBlank();
            assertThat(error.get("message").asString()).isNotBlank();
        });
        assertThat(reportedRows).containsExactlyElementsOf(badRows);
        assertThat(response.body()).contains("{\"row\":11,\"field\":\"phone\"", "{\"row\":6,\"field\":\"language\"",
                "{\"row\":34,\"field\":\"email\"", "{\"row\":78,\"field\":\"email\"");
        assertThat(members.count()).isEqualTo(before + good);
        JsonNode listed = json(http.get("/api/v1/platforms/AGO/members?size=200"));
        assertThat(listed.get("total").asInt()).isEqualTo(good + 1);
        assertThat(listed.toString()).contains("+244923001456", "\"SECRETARIAT\"");

        String lastImported = report.get("members").get(good - 1).get("id").asString();
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, lastImported)).hasSize(1));
        List<ConsumerRecord<String, String>> joined = KafkaTestRecords.readAll(
                String.join(",", kafka.getBootstrapServers()), Topics.PLATFORM_EVENTS, 1).stream()
                .filter(record -> "AGO".equals(record.key()))
                .filter(record -> header(record, "ce_type").startsWith("org.mineaction.platform.member.")).toList();
        assertThat(joined).hasSize(good + 1);
        joined.forEach(record -> {
            assertConformsToCatalogue(record);
            assertThat(record.value()).doesNotContain("@", "+244");
        });

        // The same file again invites nobody twice.
        JsonNode again = json(importCsv("AGO", csv.toString()));
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("rejected").asInt()).isEqualTo(100);
        assertThat(members.count()).isEqualTo(before + good);
    }

    @Test
    void refusesAMalformedFileWholeAndStoresNothing() throws Exception {
        long membersBefore = members.count();
        long organisationsBefore = organisations.count();

        HttpResponse<String> unterminated = importCsv("MOZ", HEADER
                + "Good Row,good." + UUID.randomUUID() + "@ngo.example.org,,New Org X,NATIONAL_NGO,,,,\n"
                + "\"Broken,broken@ngo.example.org,,New Org Y,NATIONAL_NGO,,,,\n");
        HttpResponse<String> unknownColumn = importCsv("MOZ", "name,email,organisation,password\nA,a@b.org,UNDP,secret\n");
        HttpResponse<String> empty = importCsv("MOZ", "");

        for (HttpResponse<String> response : List.of(unterminated, unknownColumn, empty)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"field\":\"file\"");
        }
        assertThat(members.count()).isEqualTo(membersBefore);
        assertThat(organisations.count()).isEqualTo(organisationsBefore);
    }

    @Test
    void refusesTooManyRowsAndTooManyBytes() throws Exception {
        long before = members.count();
        StringBuilder tooManyRows = new StringBuilder("name,email,organisation\n");
        for (int i = 0; i < 5_001; i++) {
            tooManyRows.append("M,m").append(i).append("@b.org,O\n");
        }
        HttpResponse<String> rows = importCsv("MOZ", tooManyRows.toString());
        assertThat(rows.statusCode()).isEqualTo(400);
        assertThat(rows.body()).contains("more than 5000 rows");

        HttpResponse<String> bytes = importCsv("MOZ", HEADER + "x".repeat(1024 * 1024));
        assertThat(bytes.statusCode()).isEqualTo(413);
        assertThat(bytes.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(members.count()).isEqualTo(before);
    }

    @Test
    void importsOnlyIntoAnExistingPlatform() throws Exception {
        assertThat(importCsv("PER", HEADER).statusCode()).isEqualTo(404);
        assertThat(http.send("POST", "/api/v1/platforms/MOZ/members/import", "application/pdf", "%PDF", Map.of())
                .statusCode()).isEqualTo(415);
    }
}
