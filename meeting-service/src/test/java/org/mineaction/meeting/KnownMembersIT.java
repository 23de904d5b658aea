package org.mineaction.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.testing.Eventually.eventually;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.meeting.members.KnownMembers;
import org.mineaction.meeting.members.domain.Component;
import org.mineaction.meeting.members.domain.KnownMember;
import org.mineaction.meeting.members.domain.MemberStatus;
import org.mineaction.meeting.members.domain.PlatformRole;
import org.mineaction.meeting.members.domain.StakeholderCategory;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.ActiveProfiles;

/**
 * The replica of known members end to end, from the catalogue's examples of the public member
 * events on a real broker to the {@code known_members} collection.
 */
@EmbeddedInfrastructure(database = "meeting")
@SpringBootTest
@ActiveProfiles("test")
class KnownMembersIT {

    static final String TOPIC = EventCatalogue.Topics.PLATFORM_EVENTS;

    String bootstrap;

    /**
     * This context's broker. Not the {@code spring.kafka.bootstrap-servers} placeholder: resolved
     * for a cached context reused later, it names the broker of the latest context started in this JVM.
     */
    @Autowired
    void broker(KafkaConnectionDetails kafka) {
        bootstrap = String.join(",", kafka.getBootstrapServers());
    }

    @Autowired
    KnownMembers knownMembers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void keepsWhatTheCatalogueExampleCarriesButNoDemographics() {
        String id = UUID.randomUUID().toString();
        publish(EventCatalogue.Type.MEMBER_JOINED, event(EventCatalogue.Type.MEMBER_JOINED, id), Instant.now());

        eventually(() -> assertThat(knownMembers.find(id)).hasValue(new KnownMember(id, new CountryCode("KHM"),
                "0b9f5e2c-3a71-4d8e-b6c4-2f7a1e9d5c38", StakeholderCategory.NATIONAL_NGO, PlatformRole.MEMBER,
                EnumSet.of(Component.PARTICIPATORY, Component.TECHNICAL), "fr", MemberStatus.INVITED)));
        assertThat(stored(id).keySet()).containsExactlyInAnyOrder("_id", "countryCode", "organisationId",
                "stakeholderCategory", "role", "components", "language", "status", "lastEventTime", "lastEventId",
                "_class");
    }

    @Test
    void theSameEventDeliveredTwiceIsRecordedOnce() {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = headers(UUID.randomUUID().toString(), EventCatalogue.Type.MEMBER_UPDATED,
                Instant.now());
        String data = event(EventCatalogue.Type.MEMBER_UPDATED, id);
        KafkaTestRecords.publish(bootstrap, TOPIC, "KHM", data, headers);
        KafkaTestRecords.publish(bootstrap, TOPIC, "KHM", data, headers);

        awaitEverythingPublishedSoFar();

        assertThat(mongo.getCollection("known_members").countDocuments(new Document("_id", id))).isEqualTo(1);
        assertThat(stored(id)).containsEntry("lastEventId", headers.get("ce_id")).containsEntry("status", "ACTIVE");
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(EventCatalogue.Type.MEMBER_UPDATED, CatalogueAssertions.example(EventCatalogue.Type.MEMBER_UPDATED,
                e -> e.put("memberId", id).put("role", "LEAD")), now);
        publish(EventCatalogue.Type.MEMBER_JOINED, event(EventCatalogue.Type.MEMBER_JOINED, id), now.minusSeconds(60));

        awaitEverythingPublishedSoFar();
        assertThat(stored(id)).containsEntry("role", "LEAD").containsEntry("status", "ACTIVE");

        publish(EventCatalogue.Type.MEMBER_LEFT, event(EventCatalogue.Type.MEMBER_LEFT, id), now.plusSeconds(60));
        eventually(() -> assertThat(stored(id)).containsEntry("status", "LEFT").containsEntry("role", "MEMBER"));
    }

    @Test
    void erasureKeepsTheIdAndCategoryAndDropsEverythingPersonalForGood() {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(EventCatalogue.Type.MEMBER_JOINED, event(EventCatalogue.Type.MEMBER_JOINED, id), now);
        eventually(() -> assertThat(knownMembers.find(id)).isPresent());

        // Stamped before the join (a producer's clock behind): the erasure still wins.
        publish(EventCatalogue.Type.MEMBER_ERASED, event(EventCatalogue.Type.MEMBER_ERASED, id), now.minusSeconds(1));

        eventually(() -> assertThat(knownMembers.find(id)).hasValue(
                KnownMember.erased(id, new CountryCode("KHM"), StakeholderCategory.NATIONAL_NGO)));
        assertThat(stored(id).keySet()).containsExactlyInAnyOrder("_id", "countryCode", "stakeholderCategory",
                "status", "lastEventTime", "lastEventId", "_class");

        // An update stamped after the erasure (a producer's clock behind) cannot bring the data back.
        publish(EventCatalogue.Type.MEMBER_UPDATED, event(EventCatalogue.Type.MEMBER_UPDATED, id), now.plusSeconds(5));
        awaitEverythingPublishedSoFar();
        assertThat(stored(id)).containsEntry("status", "ERASED").doesNotContainKeys("organisationId", "language",
                "role", "components");
    }

    @Test
    void consumesInAGroupOfItsOwnSoThePlatformsListenerStillSeesEveryEvent() {
        assertThat(listeners.getListenerContainer("member-events").getGroupId()).isEqualTo("meeting-service.members");
        assertThat(listeners.getListenerContainer("platform-events").getGroupId()).isEqualTo("meeting-service");
    }

    /** The catalogue example of {@code type} about member {@code id}. */
    static String event(EventCatalogue.Type type, String id) {
        return CatalogueAssertions.example(type, e -> e.put("memberId", id));
    }

    private Document stored(String id) {
        return mongo.getCollection("known_members").find(new Document("_id", id)).first();
    }

    private void publish(EventCatalogue.Type type, String data, Instant time) {
        KafkaTestRecords.publish(bootstrap, TOPIC, "KHM", data, headers(UUID.randomUUID().toString(), type, time));
    }

    /** One partition, events in order: once a marker published last is recorded, everything before it was handled. */
    private void awaitEverythingPublishedSoFar() {
        String marker = "marker-" + UUID.randomUUID();
        publish(EventCatalogue.Type.MEMBER_JOINED, event(EventCatalogue.Type.MEMBER_JOINED, marker), Instant.now());
        eventually(() -> assertThat(knownMembers.find(marker)).isPresent());
    }

    static Map<String, String> headers(String id, EventCatalogue.Type type, Instant time) {
        return KafkaTestRecords.cloudEventHeaders(id, "/platform-service", type.ceType(), "KHM", time);
    }

}
