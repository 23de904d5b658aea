package org.mineaction.platform.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.platform.membership.MembershipHttp.json;
import static org.mineaction.platform.membership.MembershipHttp.memberBody;
import static org.mineaction.platform.membership.MembershipHttp.uniqueEmail;
import static org.mineaction.testing.CatalogueAssertions.assertConformsToCatalogue;
import static org.mineaction.testing.CatalogueAssertions.header;
import static org.mineaction.testing.Eventually.eventually;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.platform.membership.persistence.MemberRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Organisations and members over HTTP on a real broker and store, events checked against the catalogue. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class MembershipScenario {

    @LocalServerPort
    int port;
    @Autowired
    KafkaConnectionDetails kafka;
    @Autowired
    MemberRepository members;
    @Autowired
    Membership membership;

    MembershipHttp http;

    @BeforeEach
    void platforms() throws Exception {
        http = new MembershipHttp(port, String.join(",", kafka.getBootstrapServers()));
        http.platform("KHM", "Asia/Phnom_Penh");
        http.platform("COL", "America/Bogota");
    }

    private String invite(String country, String organisationId, String email, String phone) throws Exception {
        HttpResponse<String> response = http.post("/api/v1/platforms/" + country + "/members",
                memberBody(organisationId, email, phone));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    @Test
    void invitesAMemberAndPublishesConformingEventsWithoutContactDataInPublicOnes() throws Exception {
        String organisation = http.organisation("KHM", "NATIONAL_NGO");
        String email = uniqueEmail("Sophea");

        HttpResponse<String> created = http.post("/api/v1/platforms/khm/members", memberBody(organisation, email, "012 345 678"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode member = json(created);
        String id = member.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/platforms/KHM/members/" + id);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(member.get("phone").asString()).isEqualTo("+85512345678");
        assertThat(member.get("status").asString()).isEqualTo("INVITED");
        assertThat(member.get("timeZone").asString()).isEqualTo("Asia/Phnom_Penh");
        assertThat(member.get("notificationPreferences").get("SMS").toString()).isEqualTo("[\"CRITICAL\"]");
        assertThat(member.get("consent").get("textVersion").asString()).isEqualTo("2026-1");

        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, id)).hasSize(1));
        ConsumerRecord<String, String> joined = http.eventsAbout(Topics.PLATFORM_EVENTS, id).getFirst();
        assertConformsToCatalogue(joined);
        assertThat(header(joined, "ce_type")).isEqualTo("org.mineaction.platform.member.joined.v1");
        assertThat(joined.key()).isEqualTo("KHM");
        assertThat(joined.value()).doesNotContain("@", "+855", "345678", "Sophea")
                .contains("\"stakeholderCategory\":\"NATIONAL_NGO\"", "\"gender\":\"FEMALE\"", "\"survivor\":true");

        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_DELIVERY, id)).hasSize(2));
        ConsumerRecord<String, String> delivery = http.eventsAbout(Topics.PLATFORM_DELIVERY, id).getFirst();
        assertConformsToCatalogue(delivery);
        assertThat(header(delivery, "ce_type")).isEqualTo("org.mineaction.platform.member.joined.delivery.v1");
        assertThat(delivery.value()).contains(email, "+85512345678", "\"timeZone\":\"Asia/Phnom_Penh\"")
                .doesNotContain("FEMALE");
        eventually(() -> assertThat(members.findById(id)).hasValueSatisfying(d -> assertThat(d.outbox()).isEmpty()));
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOne() throws Exception {
        String organisation = http.organisation("KHM", "UN_AGENCY");
        String id = invite("KHM", organisation, uniqueEmail("dara"), "+85512000111");
        String path = "/api/v1/platforms/KHM/members/" + id;
        String changed = memberBody(organisation, uniqueEmail("dara.new"), "").replace("\"MEMBER\"", "\"SECRETARIAT\"");

        HttpResponse<String> updated = http.put(path, changed, Map.of("If-Match", "\"0\""));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(json(updated).get("role").asString()).isEqualTo("SECRETARIAT");
        assertThat(json(updated).has("phone") && !json(updated).get("phone").isNull()).isFalse();

        HttpResponse<String> stale = http.put(path, changed.replaceFirst("\\{", "{\"version\":0,"), Map.of());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(stale.body()).contains("concurrent-modification");

        HttpResponse<String> unversioned = http.put(path, changed, Map.of());
        assertThat(unversioned.statusCode()).isEqualTo(400);
        assertThat(unversioned.body()).contains("\"field\":\"version\"");

        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, id)).hasSize(2));
        List<ConsumerRecord<String, String>> events = http.eventsAbout(Topics.PLATFORM_EVENTS, id);
        events.forEach(event -> assertConformsToCatalogue(event));
        assertThat(header(events.get(1), "ce_type")).isEqualTo("org.mineaction.platform.member.updated.v1");
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_DELIVERY, id)).hasSize(3));
        http.eventsAbout(Topics.PLATFORM_DELIVERY, id).forEach(event -> assertConformsToCatalogue(event));
    }

    @Test
    void anotherCountrysPathCannotSeeOrChangeAMember() throws Exception {
        String organisation = http.organisation("KHM", "MINISTRY");
        String id = invite("KHM", organisation, uniqueEmail("vannak"), "+85512000222");

        assertThat(http.get("/api/v1/platforms/COL/members/" + id).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/platforms/COL/members/" + id + "/export").statusCode()).isEqualTo(404);
        assertThat(http.put("/api/v1/platforms/COL/members/" + id, memberBody(organisation, uniqueEmail("x"), ""),
                Map.of("If-Match", "\"0\"")).statusCode()).isEqualTo(404);
        assertThat(http.delete("/api/v1/platforms/COL/members/" + id).statusCode()).isEqualTo(404);
        assertThat(http.delete("/api/v1/platforms/COL/members/" + id + "/personal-data").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/platforms/COL/organisations/" + organisation).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/platforms/COL/members?size=200").body()).doesNotContain(id);
        // A member of COL cannot be placed in a KHM organisation either.
        HttpResponse<String> foreignOrganisation = http.post("/api/v1/platforms/COL/members",
                memberBody(organisation, uniqueEmail("y"), ""));
        assertThat(foreignOrganisation.statusCode()).isEqualTo(400);
        assertThat(foreignOrganisation.body()).contains("\"field\":\"organisationId\"");

        assertThat(http.get("/api/v1/platforms/KHM/members/" + id).statusCode()).isEqualTo(200);
        assertThat(members.findById(id)).hasValueSatisfying(d -> assertThat(d.toMember().status().name()).isEqualTo("INVITED"));
    }

    @Test
    void listsMembersPageByPage() throws Exception {
        http.platform("LAO", "Asia/Vientiane");
        String organisation = http.organisation("LAO", "INTERNATIONAL_NGO");
        for (int i = 0; i < 3; i++) {
            invite("LAO", organisation, uniqueEmail("m" + i), "");
        }

        JsonNode first = json(http.get("/api/v1/platforms/LAO/members?page=0&size=2"));
        JsonNode second = json(http.get("/api/v1/platforms/LAO/members?page=1&size=2"));

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(http.get("/api/v1/platforms/LAO/members?size=1000").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownPlatformsAreNotFound() throws Exception {
        assertThat(http.get("/api/v1/platforms/PER/members").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/platforms/XYZ/organisations").statusCode()).isEqualTo(404);
        HttpResponse<String> create = http.post("/api/v1/platforms/PER/organisations",
                "{\"name\":\"Org\",\"category\":\"MINISTRY\"}");
        assertThat(create.statusCode()).isEqualTo(404);
        assertThat(create.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void refusesBadInputListingEveryFieldAndStoresNothing() throws Exception {
        String organisation = http.organisation("KHM", "ACADEMIA");
        long before = members.count();

        HttpResponse<String> response = http.post("/api/v1/platforms/KHM/members", """
                {"name":"","organisationId":"%s","role":"KING","email":"nobody","phone":"12","language":"xx",
                 "timeZone":"Mars/Olympus","notificationPreferences":{"EMAIL":["GOSSIP"]}}""".formatted(organisation));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("validation-failed", "\"correlationId\":",
                "\"instance\":\"/api/v1/platforms/KHM/members\"")
                .contains("\"field\":\"name\"", "\"field\":\"role\"", "\"field\":\"email\"", "\"field\":\"phone\"",
                        "\"field\":\"language\"", "\"field\":\"timeZone\"", "\"field\":\"notificationPreferences\"");
        assertThat(http.post("/api/v1/platforms/KHM/members", "{\"name\":").statusCode()).isEqualTo(400);
        assertThat(members.count()).isEqualTo(before);
    }

    @Test
    void refusesASecondMemberWithTheSameAddressInAnyCase() throws Exception {
        String organisation = http.organisation("KHM", "DONOR_STATE");
        String email = uniqueEmail("same");
        invite("KHM", organisation, email, "");
        long before = members.count();

        HttpResponse<String> duplicate = http.post("/api/v1/platforms/KHM/members",
                memberBody(organisation, email.toUpperCase(), ""));

        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("duplicate-member-email");
        assertThat(members.count()).isEqualTo(before);
        // The same address may belong to a member of another country's platform.
        invite("COL", http.organisation("COL", "DONOR_STATE"), email, "");
    }

    @Test
    void ignoresIdCountryAndStatusSentByTheClient() throws Exception {
        String organisation = http.organisation("KHM", "PRIVATE_SECTOR");
        String body = memberBody(organisation, uniqueEmail("mass"), "")
                .replaceFirst("\\{", "{\"id\":\"chosen-id\",\"countryCode\":\"COL\",\"country\":\"COL\",\"status\":\"ACTIVE\",");

        JsonNode member = json(http.post("/api/v1/platforms/KHM/members", body));

        assertThat(member.get("id").asString()).isNotEqualTo("chosen-id");
        assertThat(member.get("countryCode").asString()).isEqualTo("KHM");
        assertThat(member.get("status").asString()).isEqualTo("INVITED");
    }

    @Test
    void aMemberLeavesOnceAndEveryoneIsTold() throws Exception {
        String organisation = http.organisation("KHM", "AFFECTED_POPULATION");
        String id = invite("KHM", organisation, uniqueEmail("leaver"), "");

        assertThat(http.delete("/api/v1/platforms/KHM/members/" + id).statusCode()).isEqualTo(204);
        assertThat(http.delete("/api/v1/platforms/KHM/members/" + id).statusCode()).isEqualTo(204);

        assertThat(json(http.get("/api/v1/platforms/KHM/members/" + id)).get("status").asString()).isEqualTo("LEFT");
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, id)).hasSize(2));
        ConsumerRecord<String, String> left = http.eventsAbout(Topics.PLATFORM_EVENTS, id).get(1);
        assertConformsToCatalogue(left);
        assertThat(header(left, "ce_type")).isEqualTo("org.mineaction.platform.member.left.v1");
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_DELIVERY, id)).hasSize(3));
        http.eventsAbout(Topics.PLATFORM_DELIVERY, id).forEach(event -> assertConformsToCatalogue(event));
    }

    @Test
    void anAcceptedInvitationActivatesTheMemberOnceAndTellsEveryone() throws Exception {
        String organisation = http.organisation("KHM", "MINISTRY");
        String email = uniqueEmail("accepting");
        String id = invite("KHM", organisation, email, "");

        assertThat(membership.memberByEmail("KHM", email.toUpperCase())).hasValueSatisfying(
                member -> assertThat(member.id()).isEqualTo(id));
        assertThat(membership.memberByEmail("COL", email)).isEmpty();
        assertThat(membership.memberByEmail("KHM", "not an address")).isEmpty();
        membership.activate("KHM", id);
        membership.activate("KHM", id);

        assertThat(json(http.get("/api/v1/platforms/KHM/members/" + id)).get("status").asString()).isEqualTo("ACTIVE");
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, id)).hasSize(2));
        ConsumerRecord<String, String> activated = http.eventsAbout(Topics.PLATFORM_EVENTS, id).get(1);
        assertConformsToCatalogue(activated);
        assertThat(header(activated, "ce_type")).isEqualTo("org.mineaction.platform.member.updated.v1");
        assertThat(activated.value()).contains("\"status\":\"ACTIVE\"");
    }

    @Test
    void organisationsAreCreatedChangedWithTheirVersionAndKeptWhileTheyHaveMembers() throws Exception {
        String organisation = http.organisation("KHM", "INTERNATIONAL_ORGANISATION");
        String path = "/api/v1/platforms/KHM/organisations/" + organisation;

        HttpResponse<String> renamed = http.put(path, "{\"name\":\"GICHD\",\"category\":\"international organisation\"}",
                Map.of("If-Match", "\"0\""));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed).get("name").asString()).isEqualTo("GICHD");
        assertThat(json(renamed).get("countryOfOrigin").isNull()).isTrue();
        assertThat(http.put(path, "{\"name\":\"GICHD 2\",\"category\":\"UN_AGENCY\",\"version\":0}", Map.of())
                .statusCode()).isEqualTo(409);
        HttpResponse<String> sameName = http.post("/api/v1/platforms/KHM/organisations",
                "{\"name\":\" gichd \",\"category\":\"UN_AGENCY\"}");
        assertThat(sameName.statusCode()).isEqualTo(409);
        HttpResponse<String> badCategory = http.post("/api/v1/platforms/KHM/organisations",
                "{\"name\":\"Other\",\"category\":\"CLUB\",\"countryOfOrigin\":\"XYZ\"}");
        assertThat(badCategory.statusCode()).isEqualTo(400);

        invite("KHM", organisation, uniqueEmail("staff"), "");
        assertThat(http.delete(path).statusCode()).isEqualTo(409);
        String empty = http.organisation("KHM", "ACADEMIA");
        assertThat(http.delete("/api/v1/platforms/KHM/organisations/" + empty).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/platforms/KHM/organisations/" + empty).statusCode()).isEqualTo(404);
        assertThat(json(http.get("/api/v1/platforms/KHM/organisations?size=200")).get("total").asLong()).isPositive();
    }
}
