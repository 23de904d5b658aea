package org.mineaction.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.testing.Eventually.eventually;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.reporting.members.MemberParticipation;
import org.mineaction.reporting.members.domain.AgeGroup;
import org.mineaction.reporting.members.domain.Component;
import org.mineaction.reporting.members.domain.Gender;
import org.mineaction.reporting.members.domain.MemberStatus;
import org.mineaction.reporting.members.domain.Participation;
import org.mineaction.reporting.members.domain.PlatformRole;
import org.mineaction.reporting.members.domain.StakeholderCategory;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The participation read model end to end, from the catalogue's examples of the public member
 * events on a real broker to the per-member categories and the counts made of them. Each test
 * works in a country of its own, so the counts are exact.
 */
@EmbeddedInfrastructure(database = "reporting")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MemberParticipationIT {

    static final String TOPIC = EventCatalogue.Topics.PLATFORM_EVENTS;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    MemberParticipation participation;

    @Autowired
    MongoTemplate mongo;

    @Test
    void countsTheCatalogueExampleByCategoryRoleComponentAndDeclaredDemographics() {
        String id = UUID.randomUUID().toString();
        publish("MJA", EventCatalogue.Type.MEMBER_JOINED, event(EventCatalogue.Type.MEMBER_JOINED, "MJA", id),
                Instant.now());

        eventually(() -> assertThat(participation.of(new CountryCode("MJA")).total()).isEqualTo(1));
        Participation counted = participation.of(new CountryCode("MJA"));
        assertThat(counted.byStakeholderCategory()).isEqualTo(Map.of(StakeholderCategory.NATIONAL_NGO, 1));
        assertThat(counted.byRole()).isEqualTo(Map.of(PlatformRole.MEMBER, 1));
        assertThat(counted.byComponent()).isEqualTo(Map.of(Component.PARTICIPATORY, 1, Component.TECHNICAL, 1));
        assertThat(counted.byGender()).isEqualTo(Map.of(Gender.FEMALE, 1));
        assertThat(counted.byAgeGroup()).isEqualTo(Map.of(AgeGroup.AGE_25_39, 1));
        assertThat(counted.survivors()).isEqualTo(1);
        assertThat(stored(id).keySet()).as("categories only: no organisation, language or name")
                .containsExactlyInAnyOrder("_id", "countryCode", "stakeholderCategory", "role", "components",
                        "status", "gender", "ageGroup", "survivor", "lastEventTime", "lastEventId", "_class");
    }

    @Test
    void replayingTheSameEventsCountsEachMemberOnceAndAnOlderEventChangesNothing() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Map<String, String> headers = headers(UUID.randomUUID().toString(), EventCatalogue.Type.MEMBER_JOINED, "MJB",
                now);
        String joined = event(EventCatalogue.Type.MEMBER_JOINED, "MJB", first);
        KafkaTestRecords.publish(bootstrap, TOPIC, "MJB", joined, headers);
        KafkaTestRecords.publish(bootstrap, TOPIC, "MJB", joined, headers);
        publish("MJB", EventCatalogue.Type.MEMBER_UPDATED, CatalogueAssertions.example(
                EventCatalogue.Type.MEMBER_UPDATED, e -> e.put("countryCode", "MJB").put("memberId", second)
                        .put("role", "LEAD").put("stakeholderCategory", "MINISTRY")), now);
        publish("MJB", EventCatalogue.Type.MEMBER_JOINED, event(EventCatalogue.Type.MEMBER_JOINED, "MJB", second),
                now.minusSeconds(60));

        awaitEverythingPublishedSoFar("MJB");

        Participation counted = participation.of(new CountryCode("MJB"));
        assertThat(counted.total()).isEqualTo(2 + 1);
        assertThat(counted.byStakeholderCategory()).isEqualTo(
                Map.of(StakeholderCategory.NATIONAL_NGO, 2, StakeholderCategory.MINISTRY, 1));
        assertThat(counted.byRole()).isEqualTo(Map.of(PlatformRole.MEMBER, 2, PlatformRole.LEAD, 1));
        assertThat(stored(first)).containsEntry("lastEventId", headers.get("ce_id"));
    }

    @Test
    void anErasedMemberStaysCountedByCategoryButNothingTheyDeclaredIsKept() {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish("MJC", EventCatalogue.Type.MEMBER_UPDATED, event(EventCatalogue.Type.MEMBER_UPDATED, "MJC", id), now);
        eventually(() -> assertThat(participation.of(new CountryCode("MJC")).byGender())
                .isEqualTo(Map.of(Gender.FEMALE, 1)));

        // Stamped before the update (a producer's clock behind): the erasure still wins.
        publish("MJC", EventCatalogue.Type.MEMBER_ERASED, event(EventCatalogue.Type.MEMBER_ERASED, "MJC", id),
                now.minusSeconds(1));

        eventually(() -> assertThat(participation.of(new CountryCode("MJC")).byStatus())
                .isEqualTo(Map.of(MemberStatus.ERASED, 1)));
        Participation counted = participation.of(new CountryCode("MJC"));
        assertThat(counted.total()).isEqualTo(1);
        assertThat(counted.byStakeholderCategory()).isEqualTo(Map.of(StakeholderCategory.NATIONAL_NGO, 1));
        assertThat(counted.byGender()).isEmpty();
        assertThat(counted.genderNotDeclared()).isEqualTo(1);
        assertThat(counted.survivors()).isZero();
        assertThat(stored(id)).doesNotContainKeys("gender", "ageGroup", "disability", "survivor")
                .containsEntry("stakeholderCategory", "NATIONAL_NGO");

        // A later update cannot bring the self-declared data back.
        publish("MJC", EventCatalogue.Type.MEMBER_UPDATED, event(EventCatalogue.Type.MEMBER_UPDATED, "MJC", id),
                now.plusSeconds(5));
        awaitEverythingPublishedSoFar("MJC");
        assertThat(stored(id)).containsEntry("status", "ERASED").doesNotContainKeys("gender", "ageGroup", "survivor");
    }

    /** The catalogue example of {@code type} about member {@code id} of {@code country}. */
    static String event(EventCatalogue.Type type, String country, String id) {
        return CatalogueAssertions.example(type, e -> e.put("countryCode", country).put("memberId", id));
    }

    private Document stored(String id) {
        return mongo.getCollection("participants").find(new Document("_id", id)).first();
    }

    private void publish(String country, EventCatalogue.Type type, String data, Instant time) {
        KafkaTestRecords.publish(bootstrap, TOPIC, country, data,
                headers(UUID.randomUUID().toString(), type, country, time));
    }

    /** One partition, events in order: once a marker published last is counted, everything before it was handled. */
    private void awaitEverythingPublishedSoFar(String country) {
        String marker = "marker-" + UUID.randomUUID();
        publish(country, EventCatalogue.Type.MEMBER_JOINED, event(EventCatalogue.Type.MEMBER_JOINED, country, marker),
                Instant.now());
        eventually(() -> assertThat(stored(marker)).isNotNull());
    }

    static Map<String, String> headers(String id, EventCatalogue.Type type, String country, Instant time) {
        return KafkaTestRecords.cloudEventHeaders(id, "/platform-service", type.ceType(), country, time);
    }
}
