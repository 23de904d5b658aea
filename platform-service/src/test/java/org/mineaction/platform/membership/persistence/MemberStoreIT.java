package org.mineaction.platform.membership.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.membership.domain.MemberProfile;
import org.mineaction.platform.membership.domain.PlatformContext;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * How a member change meets the outbox relay, with the relay switched off so each step is taken
 * by hand: a message the relay already removed never comes back, pending contact data goes with
 * an erasure, and a stale change writes nothing.
 */
@SpringBootTest(properties = "mineaction.outbox.relay-enabled=false")
@ActiveProfiles("test")
@EmbeddedInfrastructure(database = "platform-member-store-it")
class MemberStoreIT {

    private static final PlatformContext CAMBODIA = new PlatformContext(new CountryCode("KHM"), "fr",
            ZoneId.of("Asia/Phnom_Penh"));

    @Autowired
    MemberStore store;
    @Autowired
    MemberRepository members;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxMessageFactory messages;

    private Member stored(List<OutboxMessage> pending) {
        MemberProfile profile = MemberProfile.validate(new MemberProfile.Draft("Sophea Chan", "org-1", null, null,
                "sophea." + System.nanoTime() + "@ngo.example.org", "+85512345678", null, null, null, null, null,
                null, null), CAMBODIA);
        Member member = Member.invite(CAMBODIA.country(), profile, null, Instant.parse("2026-11-23T10:00:00Z"));
        members.insert(MemberDocument.of(member, pending));
        return members.findById(member.id()).orElseThrow().toMember();
    }

    private OutboxMessage message(String topic, Type type) {
        return messages.create(topic, type, "KHM", java.util.Map.of("memberId", "m"));
    }

    private List<String> pendingIds(String id) {
        return members.findById(id).orElseThrow().outbox().stream().map(OutboxMessage::eventId).toList();
    }

    @Test
    void aMessageTheRelayRemovedIsNotWrittenBackByALaterChange() {
        OutboxMessage joined = message(Topics.PLATFORM_EVENTS, Type.MEMBER_JOINED);
        Member read = stored(List.of(joined));
        // The relay publishes and removes the message after the member was read for a change.
        mongo.getCollection(MemberDocument.COLLECTION).updateOne(Filters.eq("_id", read.id()),
                Updates.pull(OutboxMessage.FIELD, new Document("eventId", joined.eventId())));
        OutboxMessage left = message(Topics.PLATFORM_EVENTS, Type.MEMBER_LEFT);

        store.update(read.leave(Instant.parse("2026-11-24T10:00:00Z")), List.of(left), null);

        assertThat(pendingIds(read.id())).containsExactly(left.eventId());
        Member after = members.findById(read.id()).orElseThrow().toMember();
        assertThat(after.status().name()).isEqualTo("LEFT");
        assertThat(after.version()).isEqualTo(read.version() + 1);
    }

    @Test
    void erasureDropsContactDataStillWaitingButKeepsPublicFacts() {
        OutboxMessage joined = message(Topics.PLATFORM_EVENTS, Type.MEMBER_JOINED);
        OutboxMessage invitation = message(Topics.PLATFORM_DELIVERY, Type.MEMBER_JOINED_DELIVERY);
        Member read = stored(List.of(joined, invitation));
        OutboxMessage erased = message(Topics.PLATFORM_EVENTS, Type.MEMBER_ERASED);
        OutboxMessage erasedDelivery = message(Topics.PLATFORM_DELIVERY, Type.MEMBER_ERASED_DELIVERY);

        store.update(read.erase(Instant.parse("2026-11-24T10:00:00Z")), List.of(erased, erasedDelivery),
                Topics.PLATFORM_DELIVERY);

        assertThat(pendingIds(read.id())).containsExactly(joined.eventId(), erased.eventId(), erasedDelivery.eventId());
        Document raw = mongo.getCollection(MemberDocument.COLLECTION).find(Filters.eq("_id", read.id())).first();
        assertThat(raw).doesNotContainKeys("email", "phone");
        assertThat(raw.toJson()).doesNotContain("Sophea", "+855");
    }

    @Test
    void aStaleChangeWritesNothing() {
        Member read = stored(List.of());
        store.update(read.leave(Instant.parse("2026-11-24T10:00:00Z")), List.of(), null);

        assertThatThrownBy(() -> store.update(read.erase(Instant.parse("2026-11-25T10:00:00Z")),
                List.of(message(Topics.PLATFORM_EVENTS, Type.MEMBER_ERASED)), Topics.PLATFORM_DELIVERY))
                .isInstanceOf(OptimisticLockingFailureException.class);

        Member after = members.findById(read.id()).orElseThrow().toMember();
        assertThat(after.status().name()).isEqualTo("LEFT");
        assertThat(pendingIds(read.id())).isEmpty();
    }
}
