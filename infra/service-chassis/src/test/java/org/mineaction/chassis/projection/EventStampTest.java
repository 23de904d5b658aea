package org.mineaction.chassis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventStampTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aLaterEventSupersedesAnEarlierOne() {
        EventStamp earlier = new EventStamp(NOON, "b");
        EventStamp later = new EventStamp(NOON.plusSeconds(1), "a");

        assertThat(later.supersedes(earlier)).isTrue();
        assertThat(earlier.supersedes(later)).as("a late delivery of an older event").isFalse();
    }

    @Test
    void theSameEventDoesNotSupersedeItself() {
        assertThat(new EventStamp(NOON, "a").supersedes(new EventStamp(NOON, "a"))).isFalse();
    }

    @Test
    void eventsOfTheSameMillisecondAreOrderedByIdWhicheverArrivesFirst() {
        EventStamp first = new EventStamp(NOON, "1f0c");
        EventStamp second = new EventStamp(NOON, "9a2e");

        assertThat(second.supersedes(first)).isTrue();
        assertThat(first.supersedes(second)).isFalse();
    }

    @Test
    void comparesAtTheMillisecondsTheStoreKeeps() {
        EventStamp stored = new EventStamp(NOON.plusNanos(100_000), "b");
        EventStamp sameMillisecondLater = new EventStamp(NOON.plusNanos(900_000), "a");

        assertThat(stored.time()).isEqualTo(NOON);
        assertThat(sameMillisecondLater.supersedes(stored))
                .as("finer than the store keeps: decided by id, so a replay cannot flip it")
                .isFalse();
    }

    @Test
    void anythingSupersedesNothing() {
        assertThat(new EventStamp(NOON, "a").supersedes(null)).isTrue();
    }

    @Test
    void needsAnEventId() {
        assertThatThrownBy(() -> new EventStamp(NOON, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
