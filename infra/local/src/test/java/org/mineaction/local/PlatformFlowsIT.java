package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platforms issue's flows end to end, through the gateway with real tokens only: the operator
 * registers a platform and invites its lead; the lead accepts, signs in (authorization code + PKCE),
 * sets up composition and champion rotation and imports 100 members from CSV; an imported member
 * accepts, signs in and edits their preferences; export and erasure, and the erasure read back from
 * the other services' own stores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFlowsIT {

    private static final String COUNTRY = "KHM";
    private static final String LEAD_EMAIL = "lead@cmaa.example.org";
    private static final String PASSWORD = "a long passphrase nobody guesses";
    private static final Pattern INVITATION = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");

    @TempDir
    static Path data;

    private RunningSuite suite;
    private String operator;
    private String lead;
    private String leadMemberId;
    private String member;
    private String memberEmail;
    private String memberId;
    private String authorityId;

    @BeforeAll
    void start() {
        suite = RunningSuite.start(data);
        operator = suite.clientToken(LocalTokens.OPERATOR_CLIENT, LocalTokens.OPERATOR_SECRET);
    }

    @AfterAll
    void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void theOperatorRegistersThePlatformAndInvitesItsLeadWhoSignsIn() throws Exception {
        HttpResponse<String> registered = suite.json("POST", "/api/v1/platforms", operator, """
                {"countryCode":"KHM","name":"Cambodia National Mine Action Platform","languages":["en","km"],\
                "timeZone":"Asia/Phnom_Penh","contactEmail":"platform@cmaa.example.org"}""");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        HttpResponse<String> authority = suite.json("POST", "/api/v1/platforms/KHM/organisations", operator, """
                {"name":"Cambodian Mine Action and Victim Assistance Authority","category":"NATIONAL_AUTHORITY"}""");
        assertThat(authority.statusCode()).as(authority.body()).isEqualTo(201);
        authorityId = JsonPath.read(authority.body(), "$.id");

        HttpResponse<String> invited = suite.json("POST", "/api/v1/platforms/KHM/members", operator, """
                {"name":"Lead Person","organisationId":"%s","role":"LEAD","email":"%s","language":"en",\
                "timeZone":"Asia/Phnom_Penh"}""".formatted(authorityId, LEAD_EMAIL));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        leadMemberId = JsonPath.read(invited.body(), "$.id");
        HttpResponse<String> second = suite.json("POST", "/api/v1/platforms/KHM/members", operator, """
                {"name":"Another Lead","organisationId":"%s","role":"LEAD","email":"other@cmaa.example.org",\
                "language":"en","timeZone":"Asia/Phnom_Penh"}""".formatted(authorityId));
        assertThat(second.statusCode()).as("the operator only bootstraps the first lead").isEqualTo(403);

        acceptInvitationOf(LEAD_EMAIL);
        lead = BrowserSignIn.bearer(suite.gateway(), LEAD_EMAIL, PASSWORD);
        HttpResponse<String> me = suite.get("/api/v1/me", lead);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(me.body(), "$.subject")).isEqualTo(leadMemberId);
    }

    @Test
    @Order(2)
    void theLeadSetsUpCompositionAndChampionRotation() {
        String donorA = organisation("Government of Norway", "DONOR_STATE");
        String donorB = organisation("Government of Japan", "DONOR_STATE");
        int year = LocalDate.now().getYear();
        HttpResponse<String> champions = suite.json("PUT", "/api/v1/platforms/KHM/champions", lead, """
                {"mode":"ROTATING","terms":[{"organisationId":"%s","from":"%d-01-01","to":"%d-12-31"},\
                {"organisationId":"%s","from":"%d-01-01","to":"%d-12-31"}],"version":%d}"""
                .formatted(donorA, year, year, donorB, year + 1, year + 1, version("/api/v1/platforms/KHM/champions")));
        assertThat(champions.statusCode()).as(champions.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(champions.body(), "$.current.organisationId")).isEqualTo(donorA);

        HttpResponse<String> composition = suite.json("PUT", "/api/v1/platforms/KHM/composition", lead, """
                {"components":{"POLITICAL":["%s"],"TECHNICAL":["%s"]},"version":%d}"""
                .formatted(leadMemberId, leadMemberId, version("/api/v1/platforms/KHM/composition")));
        assertThat(composition.statusCode()).as(composition.body()).isEqualTo(200);

        HttpResponse<String> byOperator = suite.json("PUT", "/api/v1/platforms/KHM/composition", operator, """
                {"components":{"POLITICAL":[]},"version":1}""");
        assertThat(byOperator.statusCode()).as("only the lead changes the composition").isEqualTo(403);
    }

    @Test
    @Order(3)
    void theLeadImportsAHundredMembersBadRowsReportedGoodRowsKept() {
        StringBuilder csv = new StringBuilder("name,email,phone,organisation,category,role,language,timeZone,components\n");
        for (int i = 1; i <= 100; i++) {
            String phone = i % 25 == 0 ? "12345" : "+855 12 %06d".formatted(100000 + i);
            String language = i % 20 == 7 ? "xx" : i % 3 == 0 ? "fr" : "en";
            csv.append("Member %d,member%d@ngo.example.org,%s,Demining NGO %d,NATIONAL_NGO,MEMBER,%s,Asia/Phnom_Penh,TECHNICAL\n"
                    .formatted(i, i, phone, i % 4, language));
        }
        HttpResponse<String> imported = suite.send("POST", "/api/v1/platforms/KHM/members/import", lead, "text/csv",
                csv.toString(), Map.of());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        // Bad phones on rows 25, 50, 75, 100; unknown language on members 7, 27, 47, 67, 87.
        assertThat(JsonPath.<Integer>read(imported.body(), "$.rows")).isEqualTo(100);
        assertThat(JsonPath.<Integer>read(imported.body(), "$.imported")).isEqualTo(91);
        assertThat(JsonPath.<Integer>read(imported.body(), "$.rejected")).isEqualTo(9);
        assertThat(JsonPath.<List<String>>read(imported.body(), "$.errors[*].field")).containsOnly("phone", "language");

        HttpResponse<String> listed = suite.get("/api/v1/platforms/KHM/members?size=200", lead);
        assertThat(JsonPath.<Integer>read(listed.body(), "$.total")).isEqualTo(92);
    }

    @Test
    @Order(4)
    void anImportedMemberAcceptsSignsInAndEditsTheirOwnPreferences() throws Exception {
        memberEmail = "member1@ngo.example.org";
        acceptInvitationOf(memberEmail);
        member = BrowserSignIn.bearer(suite.gateway(), memberEmail, PASSWORD);
        HttpResponse<String> me = suite.get("/api/v1/me", member);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        memberId = JsonPath.read(me.body(), "$.subject");
        int version = JsonPath.read(me.body(), "$.memberships[0].version");

        HttpResponse<String> changed = suite.json("PUT", "/api/v1/me/memberships/" + memberId + "/preferences", member, """
                {"notificationPreferences":{"EMAIL":["INVITATIONS","MINUTES"],"SMS":["REMINDERS"]},\
                "quietHours":{"from":"21:00","to":"07:00"},"version":%d}""".formatted(version));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        HttpResponse<String> someoneElse = suite.json("PUT", "/api/v1/me/memberships/" + leadMemberId + "/preferences",
                member, "{\"notificationPreferences\":{\"EMAIL\":[]},\"version\":0}");
        assertThat(someoneElse.statusCode()).as("nobody edits another member's preferences").isEqualTo(404);
        assertThat(suite.json("PUT", "/api/v1/platforms/KHM/composition", member, "{\"components\":{},\"version\":1}").statusCode())
                .isEqualTo(403);
    }

    @Test
    @Order(5)
    void theIsuSeesAggregatesButNeverAnEmailOrPhone() {
        String isu = suite.clientToken(LocalTokens.ISU_CLIENT, LocalTokens.ISU_SECRET);
        for (String path : List.of("/api/v1/platforms/KHM", "/api/v1/platforms", "/api/v1/reports/platforms",
                "/api/v1/platforms/KHM/members", "/api/v1/platforms/KHM/members/" + memberId,
                "/api/v1/platforms/KHM/organisations", "/api/v1/platforms/KHM/champions")) {
            HttpResponse<String> response = suite.get(path, isu);
            assertThat(response.body()).as(path).doesNotContain("@").doesNotContainPattern("\\+\\d{6,}");
        }
        assertThat(suite.get("/api/v1/platforms/KHM/members", isu).statusCode()).isIn(403, 404);
    }

    @Test
    @Order(6)
    void exportAndErasureReachEveryService() {
        HttpResponse<String> export = suite.get("/api/v1/me/export", member);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains(memberEmail).contains("+85512");

        // Every other service knows the member before the erasure ...
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(document("meeting", "known_members", memberId)).isPresent();
            assertThat(document("notification", "recipients", memberId)).hasValueSatisfying(
                    recipient -> assertThat(recipient.getString("email")).isEqualTo(memberEmail));
            assertThat(document("reporting", "participants", memberId)).isPresent();
        });

        HttpResponse<String> erased = suite.send("DELETE", "/api/v1/platforms/KHM/members/" + memberId + "/personal-data",
                lead, null, null, Map.of());
        assertThat(erased.statusCode()).as(erased.body()).isIn(200, 202, 204);

        // ... and keeps nothing personal after it: read from their own stores.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Document notification = document("notification", "recipients", memberId).orElseThrow();
            assertThat(notification.get("email")).isNull();
            assertThat(notification.get("phone")).isNull();
            assertThat(document("meeting", "known_members", memberId).map(Document::toJson).orElse(""))
                    .doesNotContain("Member 1").doesNotContain("@");
            assertThat(document("reporting", "participants", memberId).map(Document::toJson).orElse(""))
                    .doesNotContain("Member 1").doesNotContain("@");
        });
        HttpResponse<String> gone = suite.get("/api/v1/platforms/KHM/members/" + memberId, lead);
        assertThat(gone.body()).doesNotContain(memberEmail);
    }

    @Test
    @Order(7)
    void theLeadSchedulesAMeetingAndAnInviteeAnswersFromTheEmailsSignedLink() throws Exception {
        java.time.Instant starts = java.time.Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        HttpResponse<String> scheduled = suite.json("POST", "/api/v1/platforms/KHM/meetings", lead, """
                {"type":"REGULAR","title":"Quarterly platform meeting","objective":"ARTICLE_5_CLEARANCE",\
                "confidentiality":"MEMBERS","startsAt":"%s","endsAt":"%s","timeZone":"Asia/Phnom_Penh",\
                "place":"CMAA, Phnom Penh","agenda":[{"title":"Clearance progress","objective":"ARTICLE_5_CLEARANCE",\
                "presenter":"CMAA","durationMinutes":30}],"schedule":true}""".formatted(starts, starts.plus(Duration.ofHours(3))));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        String meetingId = JsonPath.read(scheduled.body(), "$.id");
        int version = JsonPath.read(scheduled.body(), "$.version");

        HttpResponse<String> invited = suite.json("POST", "/api/v1/platforms/KHM/meetings/" + meetingId + "/invitations", lead,
                "{\"allMembers\":true,\"version\":%d}".formatted(version));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);

        // meeting-service -> InvitationsIssued -> notification-service -> an e-mail with the calendar entry and the link.
        String invitee = "member2@ngo.example.org";
        EmbeddedMail mail = suite.suite().mail().orElseThrow();
        MimeMessage invitation = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                mail.messages().stream().filter(message -> LocalSuiteIT.Utilities.recipients(message).contains(invitee))
                        .filter(message -> RSVP_LINK.matcher(LocalSuiteIT.Utilities.text(message)).find()).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat(raw(invitation)).as("the calendar entry is attached").containsIgnoringCase("text/calendar")
                .containsIgnoringCase("method=REQUEST");
        Matcher link = RSVP_LINK.matcher(LocalSuiteIT.Utilities.text(invitation));
        assertThat(link.find()).isTrue();

        HttpResponse<String> tampered = suite.json("POST", link.group(1) + "x", null, "{\"response\":\"ACCEPTED\"}");
        assertThat(tampered.statusCode()).as("a tampered link records nothing").isEqualTo(400);
        HttpResponse<String> answered = suite.json("POST", link.group(1), null, "{\"response\":\"ACCEPTED\"}");
        assertThat(answered.statusCode()).as("the link needs no sign-in: " + answered.body()).isEqualTo(200);

        HttpResponse<String> read = suite.get("/api/v1/platforms/KHM/meetings/" + meetingId, lead);
        assertThat(read.body()).contains("ACCEPTED");
        String isu = suite.clientToken(LocalTokens.ISU_CLIENT, LocalTokens.ISU_SECRET);
        assertThat(suite.get("/api/v1/platforms/KHM/meetings/" + meetingId, isu).statusCode()).isIn(403, 404);
    }

    private static final Pattern RSVP_LINK = Pattern.compile("https?://[^/\\s\"<>]+(/api/v1/meetings/rsvp/[A-Za-z0-9._~%-]+)");

    private static String raw(MimeMessage message) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            message.writeTo(bytes);
            return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The version of what the lead reads at the path, to send back with a change. */
    private int version(String path) {
        HttpResponse<String> read = suite.get(path, lead);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return JsonPath.read(read.body(), "$.version");
    }

    private String organisation(String name, String category) {
        HttpResponse<String> created = suite.json("POST", "/api/v1/platforms/KHM/organisations", lead,
                "{\"name\":\"%s\",\"category\":\"%s\"}".formatted(name, category));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.read(created.body(), "$.id");
    }

    /** Reads the invitation e-mail as the person would and sets the password with its link. */
    private void acceptInvitationOf(String email) {
        EmbeddedMail mail = suite.suite().mail().orElseThrow();
        String token = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                mail.messages().stream()
                        .filter(message -> LocalSuiteIT.Utilities.recipients(message).contains(email))
                        .map(PlatformFlowsIT::invitationToken).flatMap(Optional::stream).findFirst(), Optional::isPresent)
                .orElseThrow();
        HttpResponse<String> accepted = suite.json("POST", "/invitations/" + token + "/accept", null,
                "{\"password\":\"%s\"}".formatted(PASSWORD));
        assertThat(accepted.statusCode()).as(accepted.body()).isIn(200, 204);
    }

    private static Optional<String> invitationToken(MimeMessage message) {
        Matcher link = INVITATION.matcher(LocalSuiteIT.Utilities.text(message));
        return link.find() ? Optional.of(link.group(1)) : Optional.empty();
    }

    private Optional<Document> document(String database, String collection, String id) {
        try (MongoClient client = MongoClients.create(suite.suite().mongoBaseUri())) {
            return Optional.ofNullable(client.getDatabase(database).getCollection(collection)
                    .find(new Document("_id", id)).first());
        }
    }
}
