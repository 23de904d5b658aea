package org.mineaction.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.meeting.support.MeetingHttp.json;
import static org.mineaction.meeting.support.MeetingHttp.problem;
import static org.mineaction.testing.Eventually.eventually;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.meeting.support.MeetingHttp;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Meetings over HTTP on the real broker and Mongo wire server: schedule, move, invite, answer, attend, cancel. */
@EmbeddedInfrastructure(database = "meeting-lifecycle")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingLifecycleIT {

    static final String COUNTRY = "KHM";
    static final String BASE = "/api/v1/platforms/" + COUNTRY + "/meetings";

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

    @BeforeEach
    void platform() {
        http = new MeetingHttp("http://localhost:" + port, bootstrap)
                .as(TestTokens.member("secretariat-khm", COUNTRY, PlatformRole.SECRETARIAT));
        http.platform(COUNTRY, "Asia/Phnom_Penh");
        http.awaitPlatform(COUNTRY);
    }

    MeetingHttp as(String memberId) {
        return http.as(TestTokens.member(memberId, COUNTRY, PlatformRole.MEMBER));
    }

    static String meetingBody(Instant start, String zone, boolean schedule) {
        return """
                {"type":"REGULAR","title":"Quarterly platform meeting","objective":"ARTICLE_5_CLEARANCE",
                 "confidentiality":"MEMBERS","startsAt":"%s","endsAt":"%s","timeZone":"%s",
                 "place":"CMAA, Phnom Penh","onlineLink":"https://meet.example.org/khm",
                 "agenda":[{"title":"Opening","durationMinutes":15},
                           {"title":"Article 5 progress","objective":"ARTICLE_5_CLEARANCE","presenter":"CMAA","durationMinutes":60}],
                 "schedule":%s}""".formatted(start, start.plus(3, ChronoUnit.HOURS), zone, schedule);
    }

    @Test
    void scheduledMeetingMovesInvitesAnswersAndIsHeldEachStepPublished() {
        String org = "org-" + System.nanoTime();
        String lead = http.member(COUNTRY, org, "NATIONAL_AUTHORITY", "LEAD", "POLITICAL");
        String tech = http.member(COUNTRY, org, "NATIONAL_NGO", "MEMBER", "TECHNICAL");
        String donor = http.member(COUNTRY, "org-donor", "DONOR_STATE", "CHAMPION", "RESOURCE_MOBILISATION");
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        JsonNode created = json(http.post(BASE, meetingBody(start, "Asia/Phnom_Penh", true)), 201);
        String id = created.get("id").asString();
        assertThat(created.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(created.get("agenda")).hasSize(2);
        assertThat(created.get("local").get("startsAt").asString()).endsWith("+07:00");

        JsonNode paris = json(http.get(BASE + "/" + id + "?zone=Europe/Paris"), 200);
        assertThat(paris.get("local").get("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(paris.get("startsAt").asString()).isEqualTo(start.toString());

        // Invite the technical component and the donor; then all: only the lead is new.
        eventually(() -> assertThat(http.post(BASE + "/" + id + "/invitations",
                "{\"components\":[\"TECHNICAL\"],\"memberIds\":[\"" + donor + "\"]}").statusCode()).isEqualTo(200));
        JsonNode all = json(http.post(BASE + "/" + id + "/invitations", "{\"allMembers\":true}"), 200);
        assertThat(all.get("invitations").findValuesAsString("memberId")).contains(lead, tech, donor);

        // Move it: sequence 1, history kept, every invitee gets the update.
        JsonNode moved = json(http.put(BASE + "/" + id, meetingBody(start.plus(2, ChronoUnit.DAYS), "Asia/Phnom_Penh",
                false).replace("\"schedule\":false", "\"version\":" + all.get("version").asLong())), 200);
        assertThat(moved.get("sequence").asInt()).isEqualTo(1);
        assertThat(moved.get("history").get(0).get("previousStartsAt").asString()).isEqualTo(start.toString());

        // Stale version: 409 and nothing changed.
        problem(http.put(BASE + "/" + id, meetingBody(start, "Asia/Phnom_Penh", false)
                .replace("\"schedule\":false", "\"version\":0")), 409);
        assertThat(json(http.get(BASE + "/" + id), 200).get("sequence").asInt()).isEqualTo(1);

        json(as(tech).post(BASE + "/" + id + "/rsvp", "{\"response\":\"TENTATIVE\"}"), 200);

        Map<String, List<JsonNode>> events = http.eventsAbout("meetingId", id, 6);
        assertThat(events).containsKeys(Type.MEETING_SCHEDULED.ceType(), Type.MEETING_RESCHEDULED.ceType(),
                Type.MEETING_INVITATIONS_ISSUED.ceType(), Type.MEETING_RSVP_RECORDED.ceType());
        JsonNode rescheduledInvitations = events.get(Type.MEETING_INVITATIONS_ISSUED.ceType()).stream()
                .filter(e -> e.get("occasion").asString().equals("RESCHEDULED")).findFirst().orElseThrow();
        assertThat(rescheduledInvitations.get("sequence").asInt()).isEqualTo(1);
        assertThat(rescheduledInvitations.get("invitees").findValuesAsString("memberId"))
                .containsAll(all.get("invitations").findValuesAsString("memberId"));

        // The donor answers through the signed link of their invitation, no login.
        String link = rescheduledInvitations.get("invitees").valueStream()
                .filter(i -> i.get("memberId").asString().equals(donor)).findFirst().orElseThrow()
                .get("rsvpUrl").asString();
        assertThat(link).startsWith("http://localhost:8080/api/v1/meetings/rsvp/");
        String path = link.substring(link.indexOf("/api/"));
        MeetingHttp anonymous = http.as(null);
        HttpResponse<String> page = anonymous.get(path + "?response=ACCEPTED");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Quarterly platform meeting", "value=\"ACCEPTED\" checked");
        assertThat(anonymous.send("POST", path, "application/x-www-form-urlencoded", "response=ACCEPTED", Map.of())
                .body()).contains("I will attend");
        problem(anonymous.post(path.substring(0, path.length() - 3) + "abc", "{\"response\":\"DECLINED\"}"), 400);

        JsonNode answered = json(http.get(BASE + "/" + id), 200);
        assertThat(answered.get("invitations").valueStream()
                .filter(i -> i.get("memberId").asString().equals(donor)).findFirst().orElseThrow()
                .get("response").asString()).isEqualTo("ACCEPTED");

        JsonNode held = json(http.put(BASE + "/" + id + "/attendance", """
                {"memberIds":["%s","%s"],"guests":[{"name":"Sok Dara","organisation":"Village committee",
                 "category":"AFFECTED_POPULATION"}],"version":%d}""".formatted(lead, donor,
                answered.get("version").asLong())), 200);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        JsonNode heldEvent = http.eventsAbout("meetingId", id, 8).get(Type.MEETING_HELD.ceType()).getFirst();
        assertThat(heldEvent.get("guests").get("AFFECTED_POPULATION").asInt()).isEqualTo(1);
        assertThat(heldEvent.get("attendeesByCategory").get("DONOR_STATE").asInt()).isEqualTo(1);
        assertThat(heldEvent.get("attendees")).hasSize(2);
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
        int before = json(http.get(BASE + "?size=100"), 200).size();
        problem(http.post(BASE, meetingBody(start, "Asia/Phnom_Penh", true)
                .replace("\"endsAt\":\"" + start.plus(3, ChronoUnit.HOURS), "\"endsAt\":\"" + start.minusSeconds(60))),
                400);
        JsonNode zone = problem(http.post(BASE, meetingBody(start, "Mars/Olympus_Mons", true)), 400);
        assertThat(zone.get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
        problem(http.get(BASE + "?zone=Nowhere/Atlantis"), 400);
        assertThat(json(http.get(BASE + "?size=100"), 200).size()).isEqualTo(before);
    }

    @Test
    void aCancelledMeetingSaysRemindersStop() {
        String member = http.member(COUNTRY, "org-c", "UN_AGENCY", "MEMBER");
        JsonNode created = json(http.post(BASE, meetingBody(Instant.now().plus(5, ChronoUnit.DAYS),
                "Asia/Phnom_Penh", true)), 201);
        String id = created.get("id").asString();
        eventually(() -> assertThat(http.post(BASE + "/" + id + "/invitations",
                "{\"memberIds\":[\"" + member + "\"]}").statusCode()).isEqualTo(200));
        long version = json(http.get(BASE + "/" + id), 200).get("version").asLong();
        JsonNode cancelled = json(http.post(BASE + "/" + id + "/cancel",
                "{\"reason\":\"Flooding\",\"version\":" + version + "}"), 200);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");

        JsonNode event = http.eventsAbout("meetingId", id, 3).get(Type.MEETING_CANCELLED.ceType()).getFirst();
        assertThat(event.get("stopReminders").asBoolean()).isTrue();
        assertThat(event.get("sequence").asInt()).isEqualTo(1);
        assertThat(event.get("inviteeMemberIds").get(0).asString()).isEqualTo(member);
        problem(as(member).post(BASE + "/" + id + "/rsvp", "{\"response\":\"ACCEPTED\"}"), 409);
    }

    @Test
    void aMeetingRestrictedToListedParticipantsIsHiddenFromOtherMembers() {
        String listed = http.member(COUNTRY, "org-l", "MINISTRY", "MEMBER");
        String other = http.member(COUNTRY, "org-o", "MINISTRY", "MEMBER");
        JsonNode created = json(http.post(BASE, meetingBody(Instant.now().plus(7, ChronoUnit.DAYS), "Asia/Phnom_Penh",
                true).replace("\"MEMBERS\"", "\"LISTED_PARTICIPANTS\"")), 201);
        String id = created.get("id").asString();
        eventually(() -> assertThat(http.post(BASE + "/" + id + "/invitations",
                "{\"memberIds\":[\"" + listed + "\"]}").statusCode()).isEqualTo(200));

        assertThat(json(as(listed).get(BASE + "/" + id), 200).get("confidentiality").asString())
                .isEqualTo("LISTED_PARTICIPANTS");
        problem(as(other).get(BASE + "/" + id), 404);
        assertThat(json(as(other).get(BASE + "?size=100"), 200).findValuesAsString("id")).doesNotContain(id);
        assertThat(json(as(listed).get(BASE + "?size=100"), 200).findValuesAsString("id")).contains(id);
    }
}
