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
import org.mineaction.platform.identity.AccountService;
import org.mineaction.platform.identity.domain.PlatformRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** A member's rights of access (export) and erasure, end to end on a real broker and store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class MemberPrivacyScenario {

    @LocalServerPort
    int port;
    @Autowired
    KafkaConnectionDetails kafka;
    @Autowired
    MemberRepository members;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AccountService accounts;

    MembershipHttp http;

    @BeforeEach
    void platform() throws Exception {
        http = new MembershipHttp(port, String.join(",", kafka.getBootstrapServers()));
        http.platform("KHM", "Asia/Phnom_Penh");
    }

    private String invite(String email) throws Exception {
        return invite("KHM", email, "+85512999888");
    }

    private String invite(String country, String email, String phone) throws Exception {
        String organisation = http.organisation(country, "NATIONAL_NGO");
        HttpResponse<String> created = http.post("/api/v1/platforms/" + country + "/members", memberBody(organisation, email, phone));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    @Test
    void exportsEverythingHeldAboutTheMember() throws Exception {
        String email = uniqueEmail("export");
        String id = invite(email);

        HttpResponse<String> export = http.get("/api/v1/platforms/KHM/members/" + id + "/export");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment"));
        JsonNode body = json(export);
        assertThat(body.get("exportedAt").asString()).isNotBlank();
        JsonNode member = body.get("member");
        assertThat(member.get("email").asString()).isEqualTo(email);
        assertThat(member.get("phone").asString()).isEqualTo("+85512999888");
        assertThat(member.get("name").asString()).isEqualTo("Sophea Chan");
        assertThat(member.get("consent").get("textVersion").asString()).isEqualTo("2026-1");
        assertThat(member.get("demographics").get("gender").asString()).isEqualTo("FEMALE");
        assertThat(member.get("notificationPreferences").get("EMAIL").toString()).contains("CRITICAL", "MINUTES");
        assertThat(body.get("organisation").get("category").asString()).isEqualTo("NATIONAL_NGO");
        assertThat(http.get("/api/v1/platforms/KHM/members/unknown/export").statusCode()).isEqualTo(404);
    }

    @Test
    void erasureOnOnePlatformKeepsThePersonsSignInForAnother() throws Exception {
        http.platform("COL", "America/Bogota");
        String email = uniqueEmail("two.platforms");
        String inCambodia = invite(email);
        String inColombia = invite("COL", email, "");
        accounts.acceptInvitation(accounts.invite(inCambodia, email, "KHM", PlatformRole.MEMBER).token(),
                "a long enough passphrase");
        accounts.acceptInvitation(accounts.invite(inColombia, email, "COL", PlatformRole.OBSERVER).token(),
                "a long enough passphrase");
        assertThat(accounts.findByEmail(email)).hasValueSatisfying(
                account -> assertThat(account.platformRoles()).containsOnlyKeys("KHM", "COL"));

        assertThat(http.delete("/api/v1/platforms/KHM/members/" + inCambodia + "/personal-data").statusCode()).isEqualTo(204);

        assertThat(accounts.findByEmail(email)).hasValueSatisfying(account -> {
            assertThat(account.platformRoles()).containsOnlyKeys("COL");
            assertThat(account.canSignIn()).isTrue();
        });

        assertThat(http.delete("/api/v1/platforms/COL/members/" + inColombia + "/personal-data").statusCode()).isEqualTo(204);

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void erasureRemovesPersonalDataAndTellsEveryServiceOnce() throws Exception {
        String email = uniqueEmail("erase.me");
        String id = invite(email);
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, id)).hasSize(1));

        assertThat(http.delete("/api/v1/platforms/KHM/members/" + id + "/personal-data").statusCode()).isEqualTo(204);
        assertThat(http.delete("/api/v1/platforms/KHM/members/" + id + "/personal-data").statusCode()).isEqualTo(204);

        JsonNode erased = json(http.get("/api/v1/platforms/KHM/members/" + id));
        assertThat(erased.get("status").asString()).isEqualTo("ERASED");
        assertThat(erased.get("email").isNull()).isTrue();
        assertThat(erased.get("phone").isNull()).isTrue();
        assertThat(erased.get("consent").isNull()).isTrue();
        assertThat(erased.get("demographics").get("gender").isNull()).isTrue();
        assertThat(erased.get("name").asString()).isEqualTo("(erased)");
        String stored = mongo.getCollection("members").find(new org.bson.Document("_id", id)).first().toJson();
        assertThat(stored).doesNotContain(email, email.toLowerCase(), "12999888", "Sophea", "FEMALE");

        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_EVENTS, id)).hasSize(2));
        ConsumerRecord<String, String> event = http.eventsAbout(Topics.PLATFORM_EVENTS, id).get(1);
        assertConformsToCatalogue(event);
        assertThat(header(event, "ce_type")).isEqualTo("org.mineaction.platform.member.erased.v1");
        assertThat(event.value()).doesNotContain("@", "+855", "Sophea").contains("\"status\":\"ERASED\"");
        eventually(() -> assertThat(http.eventsAbout(Topics.PLATFORM_DELIVERY, id))
                .extracting(record -> header(record, "ce_type")).contains("org.mineaction.platform.member.erased.delivery.v1"));
        List<ConsumerRecord<String, String>> delivery = http.eventsAbout(Topics.PLATFORM_DELIVERY, id);
        delivery.forEach(record -> assertConformsToCatalogue(record));
        assertThat(delivery.getLast().value()).doesNotContain("@");

        // Erased is final, and the address is free to join again as a new member.
        assertThat(http.put("/api/v1/platforms/KHM/members/" + id, memberBody(erased.get("organisationId").asString(),
                email, ""), Map.of("If-Match", "\"1\"")).statusCode()).isEqualTo(409);
        assertThat(http.delete("/api/v1/platforms/KHM/members/" + id).statusCode()).isEqualTo(409);
        assertThat(invite(email)).isNotEqualTo(id);
    }
}
