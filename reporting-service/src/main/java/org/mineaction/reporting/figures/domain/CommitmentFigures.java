package org.mineaction.reporting.figures.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Commitments attributed to one year (a multi-year one spread evenly over its years), in their own
 * currencies; conversion happens on read with the configured rates, so changing a rate needs no
 * rebuild.
 *
 * @param byTypeAndCurrency type -> currency -> amount
 * @param byObjectiveAndCurrency objective ("UNSPECIFIED" when none) -> currency -> amount
 */
public record CommitmentFigures(int count, Map<String, Map<String, BigDecimal>> byTypeAndCurrency,
        Map<String, Map<String, BigDecimal>> byObjectiveAndCurrency, List<Donor> donors) {

    public CommitmentFigures {
        byTypeAndCurrency = Map.copyOf(byTypeAndCurrency);
        byObjectiveAndCurrency = Map.copyOf(byObjectiveAndCurrency);
        donors = List.copyOf(donors);
    }

    /** One donor organisation's part: type -> currency -> amount. */
    public record Donor(String donorOrganisationId, String donorName, Map<String, Map<String, BigDecimal>> byTypeAndCurrency) {
    }
}
