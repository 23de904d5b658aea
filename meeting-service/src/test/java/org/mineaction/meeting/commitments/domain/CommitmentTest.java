package org.mineaction.meeting.commitments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.shared.domain.Objective;

class CommitmentTest {

    @Test
    void amountsKeepTheirExactDecimalsAndCurrenciesAreIso4217() {
        assertThat(new Money("1250000.50", "EUR").amount()).isEqualTo("1250000.50");
        assertThat(new Money("1E+3", "USD").amount()).isEqualTo("1000");
        assertThat(new Money(" 0 ", "KHR").decimal()).isZero();
        for (String amount : new String[] {"-0.01", "abc", "", "1.23456", "1234567890123456789"}) {
            assertThatThrownBy(() -> new Money(amount, "EUR")).as(amount).isInstanceOf(InvalidInputException.class);
        }
        for (String currency : new String[] {"XYZ", "eur", "EURO", null}) {
            assertThatThrownBy(() -> new Money("1", currency)).as(currency).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void yearsAreDistinctPlausibleAndSorted() {
        assertThat(commitment(List.of(2028, 2027)).years()).containsExactly(2027, 2028);
        for (List<Integer> years : List.of(List.<Integer>of(), List.of(2027, 2027), List.of(1990),
                Arrays.asList(2027, null))) {
            assertThatThrownBy(() -> commitment(years)).as(String.valueOf(years))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    static Commitment commitment(List<Integer> years) {
        return new Commitment("c", "KHM", "org", "Government of Norway", "CMAC", Objective.ARTICLE_5_CLEARANCE,
                CommitmentType.PLEDGE, new Money("10", "NOK"), years, null, null, "champion", Instant.EPOCH,
                Instant.EPOCH);
    }
}
