package org.mineaction.notification.deadlines.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Article7DeadlineTest {

    @Test
    void theNextDeadlineIsThisYearsUntilThe30thOfAprilPassed() {
        assertThat(Article7Deadline.next("KHM", LocalDate.of(2026, 11, 23), Article7Deadline.APRIL_30).year())
                .isEqualTo(2027);
        assertThat(Article7Deadline.next("KHM", LocalDate.of(2027, 4, 30), Article7Deadline.APRIL_30).year())
                .isEqualTo(2027);
        assertThat(Article7Deadline.next("KHM", LocalDate.of(2027, 5, 1), Article7Deadline.APRIL_30).year())
                .isEqualTo(2028);
    }

    @Test
    void theDeadlineOfAYearIsForThePreviousYearsReport() {
        Article7Deadline deadline = new Article7Deadline("KHM", 2027, Article7Deadline.APRIL_30);
        assertThat(deadline.reportYear()).isEqualTo(2026);
        assertThat(deadline.guard()).isEqualTo("article7/KHM/2027");
        assertThat(deadline.reminderAt(Duration.ofDays(60), 6)).isEqualTo(Instant.parse("2027-03-01T06:00:00Z"));
        assertThat(deadline.reminderAt(Duration.ofDays(7), 6)).isEqualTo(Instant.parse("2027-04-23T06:00:00Z"));
        assertThat(deadline.escalationAt(6)).isEqualTo(Instant.parse("2027-05-01T06:00:00Z"));
        assertThat(deadline.following().year()).isEqualTo(2028);
    }
}
