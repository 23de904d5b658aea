package org.mineaction.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.meeting.support.MeetingHttp.json;
import static org.mineaction.meeting.support.MeetingHttp.problem;
import static org.mineaction.testing.Eventually.eventually;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.meeting.support.MeetingHttp;
import org.mineaction.meeting.support.PdfText;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Issue 4's full cycle against the real broker and Mongo wire server: the secretariat schedules the
 * quarterly meeting the cadence proposes, with its agenda, invites all members; members answer (one
 * through the signed link); attendance is recorded; minutes are drafted, returned, corrected and
 * approved, then exported as PDF; action points are assigned and completed; a commitment is
 * recorded. Every step's event is checked against the catalogue.
 */
@EmbeddedInfrastructure(database = "meeting-cycle")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingCycleIT {

    static final String COUNTRY = "COL";
    static final String API = "/api/v1/platforms/" + COUNTRY;

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
    MeetingHttp secretariat;
    MeetingHttp lead;
    MeetingHttp champion;
    MeetingHttp ngo;
    String leadId;
    String secretariatId;
    String championId;
    String ngoId;
    String ministryId;

    @BeforeEach
    void platformWithMembers() {
        http = new MeetingHttp("http://localhost:" + port, bootstrap);
        http.platform(COUNTRY, "America/Bogota");
        leadId = http.member(COUNTRY, "org-daicma", "NATIONAL_AUTHORITY", "LEAD", "POLITICAL");
        secretariatId = http.member(COUNTRY, "org-undp", "UN_AGENCY", "SECRETARIAT", "TECHNICAL");
        championId = http.member(COUNTRY, "org-norway", "DONOR_STATE", "CHAMPION", "RESOURCE_MOBILISATION");
        ngoId = http.member(COUNTRY, "org-campaign", "NATIONAL_NGO", "MEMBER", "PARTICIPATORY");
        ministryId = http.member(COUNTRY, "org-defence", "MINISTRY", "MEMBER", "TECHNICAL");
        http.organisation(COUNTRY, "org-norway", "Royal Norwegian Embassy", "DONOR_STATE");
        secretariat = http.as(TestTokens.member(secretariatId, COUNTRY, PlatformRole.SECRETARIAT));
        lead = http.as(TestTokens.member(leadId, COUNTRY, PlatformRole.LEAD));
        champion = http.as(TestTokens.member(championId, COUNTRY, PlatformRole.CHAMPION));
        ngo = http.as(TestTokens.member(ngoId, COUNTRY, PlatformRole.MEMBER));
        secretariat.awaitPlatform(COUNTRY);
        eventually(() -> assertThat(secretariat.get(API + "/meetings/cadence/next").statusCode()).isEqualTo(200));
    }

    @Test
    void quarterlyMeetingFromSchedulingToApprovedMinutesActionPointsAndCommitments() {
        // The cadence proposes the next quarterly slot; the secretariat schedules it with its agenda.
        JsonNode slot = json(secretariat.get(API + "/meetings/cadence/next?zone=Europe/Oslo"), 200);
        assertThat(slot.get("timeZone").asString()).isEqualTo("America/Bogota");
        assertThat(slot.get("local").get("timeZone").asString()).isEqualTo("Europe/Oslo");
        String agenda = IntStream.rangeClosed(1, 5).mapToObj(i -> """
                {"title":"Item %d","objective":"ARTICLE_5_CLEARANCE","presenter":"DAICMA","durationMinutes":20}"""
                .formatted(i)).collect(Collectors.joining(","));
        JsonNode meeting = json(secretariat.post(API + "/meetings", """
                {"type":"REGULAR","title":"Plataforma nacional Q1","objective":"ARTICLE_5_CLEARANCE",
                 "confidentiality":"MEMBERS","startsAt":"%s","endsAt":"%s","timeZone":"America/Bogota",
                 "place":"DAICMA, Bogota","agenda":[%s],"schedule":true}""".formatted(slot.get("startsAt").asString(),
                slot.get("endsAt").asString(), agenda)), 201);
        String id = meeting.get("id").asString();
        String path = API + "/meetings/" + id;
        assertThat(meeting.get("agenda")).hasSize(5);

        // Invite all members; each gets a signed RSVP link in the event.
        JsonNode invited = json(secretariat.post(path + "/invitations", "{\"allMembers\":true}"), 200);
        assertThat(invited.get("invitations").findValuesAsString("memberId"))
                .contains(leadId, secretariatId, championId, ngoId, ministryId);
        JsonNode issued = http.eventsAbout("meetingId", id, 2).get(Type.MEETING_INVITATIONS_ISSUED.ceType())
                .getFirst();
        assertThat(issued.get("title").asString()).isEqualTo("Plataforma nacional Q1");

        // Members answer: the champion through the API, the NGO member through the signed link.
        json(champion.post(path + "/rsvp", "{\"response\":\"ACCEPTED\"}"), 200);
        String link = rsvpUrl(issued, ngoId);
        HttpResponse<String> viaLink = http.post(link.substring(link.indexOf("/api/")), "{\"response\":\"TENTATIVE\"}");
        assertThat(json(viaLink, 200).get("memberId").asString()).isEqualTo(ngoId);

        // Attendance: the meeting is held.
        long version = json(secretariat.get(path), 200).get("version").asLong();
        json(secretariat.put(path + "/attendance", """
                {"memberIds":["%s","%s","%s","%s"],"version":%d,
                 "guests":[{"name":"Ana Torres","organisation":"Victims association","category":"AFFECTED_POPULATION"}]}"""
                .formatted(leadId, secretariatId, championId, ngoId, version)), 200);

        // Outcomes recorded against the meeting.
        json(secretariat.post(path + "/outcomes", """
                {"kind":"DECISION","topic":"Survey plan","text":"Adopt the 2027 non-technical survey plan"}"""), 201);
        String challenge = json(secretariat.post(path + "/outcomes", """
                {"kind":"CHALLENGE","topic":"Survey funding gap","text":"Funding for survey in Narino is short",
                 "attribution":"DAICMA","carriedToArticle7":true}"""), 201).get("id").asString();

        // Action point assigned, started, completed.
        JsonNode action = json(secretariat.post(API + "/action-points", """
                {"meetingId":"%s","description":"Circulate the survey plan to operators","ownerMemberId":"%s",
                 "dueDate":"%s"}""".formatted(id, ngoId, LocalDate.now().plusDays(30))), 201);
        String actionPath = API + "/action-points/" + action.get("id").asString();
        // The owner reports progress on their own action point.
        JsonNode started = json(ngo.post(actionPath + "/status", "{\"status\":\"IN_PROGRESS\",\"version\":0}"), 200);
        json(ngo.post(actionPath + "/status", "{\"status\":\"DONE\",\"note\":\"Sent on Monday\",\"version\":"
                + started.get("version").asLong() + "}"), 200);

        // Minutes: drafted, submitted, returned with comments, corrected, resubmitted, approved.
        JsonNode draft = json(secretariat.put(path + "/minutes", "{\"text\":\"# Opening\\nThe lead opened.\"}"), 200);
        JsonNode submitted = json(secretariat.post(path + "/minutes/submit",
                "{\"version\":" + draft.get("version").asLong() + "}"), 200);
        JsonNode returned = json(lead.post(path + "/minutes/return", "{\"comments\":[\"Add the survey decision\"],"
                + "\"version\":" + submitted.get("version").asLong() + "}"), 200);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        JsonNode corrected = json(secretariat.put(path + "/minutes", """
                {"text":"# Opening\\nThe lead opened.\\n# Decisions\\nThe **survey plan** was adopted.","version":%d}"""
                .formatted(returned.get("version").asLong())), 200);
        JsonNode resubmitted = json(secretariat.post(path + "/minutes/submit",
                "{\"version\":" + corrected.get("version").asLong() + "}"), 200);
        JsonNode approved = json(lead.post(path + "/minutes/approve",
                "{\"version\":" + resubmitted.get("version").asLong() + "}"), 200);
        assertThat(approved.get("minutesVersion").asInt()).isEqualTo(2);
        assertThat(json(ngo.get(path), 200).get("status").asString()).isEqualTo("CLOSED");

        // Approved minutes are frozen: editing them is a problem and changes nothing.
        problem(secretariat.put(path + "/minutes", "{\"text\":\"Rewritten\",\"version\":"
                + approved.get("version").asLong() + "}"), 409);
        assertThat(json(ngo.get(path + "/minutes"), 200).get("text").asString()).contains("survey plan");
        List<String> actions = json(secretariat.get(path + "/minutes/history"), 200).findValuesAsString("action");
        assertThat(actions).containsExactly("DRAFTED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "APPROVED");

        // The PDF: platform, meeting, attendees by organisation, decisions, action points.
        HttpResponse<byte[]> pdf = ngo.getBytes(path + "/minutes/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = PdfText.of(pdf.body());
        assertThat(text).contains("National Mine Action Platform COL", "Minutes: Plataforma nacional Q1",
                "Royal Norwegian Embassy (Donor state): 1 member", "Ana Torres - Victims association",
                "Survey plan: Adopt the 2027 non-technical survey plan",
                "Funding for survey in Narino is short (raised by DAICMA) [carried into the Article 7 report]",
                "Circulate the survey plan to operators", "The survey plan was adopted.", "Version 2, approved");

        // A commitment answering the challenge, recorded by the champion.
        JsonNode commitment = json(champion.post(API + "/commitments", """
                {"meetingId":"%s","donorOrganisationId":"org-norway","donorName":"Government of Norway",
                 "recipient":"DAICMA","objective":"ARTICLE_5_CLEARANCE","type":"PLEDGE","amount":"1500000.00",
                 "currency":"NOK","years":[2028,2027],"challengeId":"%s"}""".formatted(id, challenge)), 201);
        assertThat(commitment.get("years").toString()).isEqualTo("[2027,2028]");

        // Every step published its event, each valid against the catalogue.
        Map<String, List<JsonNode>> events = http.eventsAbout("meetingId", id, 14);
        assertThat(events).containsKeys(Type.MEETING_SCHEDULED.ceType(), Type.MEETING_INVITATIONS_ISSUED.ceType(),
                Type.MEETING_RSVP_RECORDED.ceType(), Type.MEETING_HELD.ceType(), Type.MEETING_OUTCOME_RECORDED.ceType(),
                Type.ACTION_POINT_ASSIGNED.ceType(), Type.ACTION_POINT_STATUS_CHANGED.ceType(),
                Type.MEETING_MINUTES_SUBMITTED.ceType(), Type.MEETING_MINUTES_RETURNED.ceType(),
                Type.MEETING_MINUTES_APPROVED.ceType(), Type.COMMITMENT_RECORDED.ceType());
        JsonNode circulation = events.get(Type.MEETING_MINUTES_APPROVED.ceType()).getFirst();
        assertThat(circulation.get("version").asInt()).isEqualTo(2);
        assertThat(circulation.get("recipients").valueStream().map(JsonNode::asString).toList())
                .contains(leadId, secretariatId, championId, ngoId, ministryId);
        assertThat(circulation.get("decisionCount").asInt()).isEqualTo(1);
        assertThat(events.get(Type.MEETING_RSVP_RECORDED.ceType()).stream().map(e -> e.get("via").asString()))
                .containsExactlyInAnyOrder("API", "SIGNED_LINK");
        assertThat(events.get(Type.ACTION_POINT_STATUS_CHANGED.ceType()).getLast().get("closedAt").asString())
                .isNotBlank();
        JsonNode outcome = events.get(Type.MEETING_OUTCOME_RECORDED.ceType()).stream()
                .filter(e -> e.get("kind").asString().equals("CHALLENGE")).findFirst().orElseThrow();
        assertThat(outcome.get("topicKey").asString()).isEqualTo("survey-funding-gap");
        assertThat(outcome.toString()).doesNotContain("Narino");
    }

    @Test
    void chathamHouseMinutesNameNoOne() {
        JsonNode meeting = json(secretariat.post(API + "/meetings", """
                {"type":"TECHNICAL_WORKING_GROUP","title":"Survivors' needs","objective":"VICTIM_ASSISTANCE",
                 "confidentiality":"CHATHAM_HOUSE","startsAt":"2027-03-02T14:00:00Z","endsAt":"2027-03-02T16:00:00Z",
                 "timeZone":"America/Bogota","onlineLink":"https://meet.example.org/twg","schedule":true}"""), 201);
        String path = API + "/meetings/" + meeting.get("id").asString();
        json(secretariat.put(path + "/attendance", """
                {"memberIds":["%s"],"version":0,
                 "guests":[{"name":"Luis Gomez","organisation":"Survivors network","category":"AFFECTED_POPULATION"}]}"""
                .formatted(ngoId)), 200);
        json(secretariat.post(path + "/outcomes", """
                {"kind":"NEED","topic":"Prosthetics","text":"More prosthetic workshops","attribution":"Luis Gomez"}"""),
                201);
        json(secretariat.put(path + "/minutes", "{\"text\":\"Needs were discussed.\"}"), 200);

        String text = PdfText.of(secretariat.getBytes(path + "/minutes/pdf").body());
        assertThat(text).contains("Chatham House Rule", "Survivors network", "More prosthetic workshops",
                "Draft (draft), not approved");
        assertThat(text).doesNotContain("Luis Gomez", "raised by");
    }

    @Test
    void badCommitmentsAndActionPointsAreProblemsAndStoreNothing() {
        int before = json(champion.get(API + "/commitments?size=200"), 200).size();
        String good = """
                {"donorOrganisationId":"org-norway","donorName":"Government of Norway","recipient":"DAICMA",
                 "objective":"ARTICLE_5_CLEARANCE","type":"COMMITMENT","amount":"100.00","currency":"EUR","years":[2027]}""";
        assertThat(problem(champion.post(API + "/commitments", good.replace("\"EUR\"", "\"XYZ\"")), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("currency");
        assertThat(problem(champion.post(API + "/commitments", good.replace("\"100.00\"", "\"-5\"")), 400)
                .get("errors").get(0).get("field").asString()).isEqualTo("amount");
        problem(champion.post(API + "/commitments", good.replace("[2027]", "[]")), 400);
        assertThat(json(champion.get(API + "/commitments?size=200"), 200).size()).isEqualTo(before);

        JsonNode recorded = json(champion.post(API + "/commitments", good), 201);
        String commitmentPath = API + "/commitments/" + recorded.get("id").asString();
        problem(champion.put(commitmentPath, good.replace("}", ",\"version\":7}")), 409);
        assertThat(json(champion.get(commitmentPath), 200).get("version").asLong()).isZero();

        problem(secretariat.post(API + "/action-points", """
                {"description":"Late already","ownerOrganisationId":"org-defence","dueDate":"2020-01-01"}"""), 400);
        problem(secretariat.post(API + "/action-points", """
                {"description":"Two owners","ownerOrganisationId":"org-defence","ownerMemberId":"%s",
                 "dueDate":"2099-01-01"}""".formatted(ngoId)), 400);
    }

    private static String rsvpUrl(JsonNode issued, String memberId) {
        return issued.get("invitees").valueStream().filter(i -> i.get("memberId").asString().equals(memberId))
                .findFirst().orElseThrow().get("rsvpUrl").asString();
    }
}
