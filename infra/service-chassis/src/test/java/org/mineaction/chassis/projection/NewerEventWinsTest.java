package org.mineaction.chassis.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineaction.testing.MongoWireServer;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The "newer event wins" upsert on a real Mongo wire server. */
class NewerEventWinsTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    private static final MongoTemplate mongo = MongoWireServer.template("chassis-projection");
    private NewerEventWins projection;

    @org.springframework.data.mongodb.core.mapping.Document("facts")
    record Fact(@Id String country, String name, Instant lastEventTime, String lastEventId) implements StampedDocument {

        static Fact of(String country, String name, EventStamp stamp) {
            return new Fact(country, name, stamp.time(), stamp.eventId());
        }
    }

    @BeforeEach
    void emptyCollection() {
        mongo.getCollection("facts").deleteMany(new Document());
        projection = new NewerEventWins(mongo);
    }

    @Test
    void storesAFactSeenForTheFirstTime() {
        assertThat(projection.save(Fact.of("KHM", "Cambodia", new EventStamp(NOON, "a")))).isTrue();

        assertThat(stored("KHM")).containsEntry("name", "Cambodia").containsEntry("lastEventId", "a");
    }

    @Test
    void aNewerEventReplacesTheWholeFact() {
        projection.save(Fact.of("KHM", "Cambodia", new EventStamp(NOON, "b")));

        assertThat(projection.save(Fact.of("KHM", "Cambodia, renamed", new EventStamp(NOON.plusSeconds(1), "a"))))
                .isTrue();
        assertThat(stored("KHM")).containsEntry("name", "Cambodia, renamed").containsEntry("lastEventId", "a");
        assertThat(stored("KHM").keySet()).containsExactlyInAnyOrder("_id", "name", "lastEventTime", "lastEventId",
                "_class");
    }

    @Test
    void theSameEventAgainOrAnOlderOneLeavesTheFactAsItIs() {
        EventStamp stamp = new EventStamp(NOON, "b");
        projection.save(Fact.of("KHM", "Cambodia", stamp));

        assertThat(projection.save(Fact.of("KHM", "Cambodia", stamp))).as("a replay").isFalse();
        assertThat(projection.save(Fact.of("KHM", "Old name", new EventStamp(NOON.minusSeconds(60), "c"))))
                .as("a late delivery of an older event").isFalse();
        assertThat(stored("KHM")).containsEntry("name", "Cambodia").containsEntry("lastEventId", "b");
        assertThat(mongo.getCollection("facts").countDocuments()).isEqualTo(1);
    }

    @Test
    void eventsOfTheSameMillisecondAreDecidedById() {
        projection.save(Fact.of("KHM", "second", new EventStamp(NOON, "9a2e")));

        assertThat(projection.save(Fact.of("KHM", "first", new EventStamp(NOON, "1f0c")))).isFalse();
        assertThat(projection.save(Fact.of("KHM", "third", new EventStamp(NOON, "c3d4")))).isTrue();
        assertThat(stored("KHM")).containsEntry("name", "third");
    }

    @Test
    void keepsOneFactPerId() {
        projection.save(Fact.of("KHM", "Cambodia", new EventStamp(NOON, "a")));
        projection.save(Fact.of("LAO", "Lao PDR", new EventStamp(NOON.minusSeconds(60), "b")));

        assertThat(stored("KHM")).containsEntry("name", "Cambodia");
        assertThat(stored("LAO")).containsEntry("name", "Lao PDR");
    }

    private static Document stored(String country) {
        return mongo.getCollection("facts").find(new Document("_id", country)).first();
    }
}
