package org.mineaction.reporting.figures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mineaction.chassis.projection.EventStamp;

/**
 * Money or support a donor organisation promised, committed or paid, possibly over several years.
 * The donor is an organisation, never a person.
 *
 * @param years the years it covers; empty = the year it was recorded
 */
public record Commitment(String commitmentId, String donorOrganisationId, String donorName, String recipient,
        String objective, CommitmentType type, BigDecimal amount, String currency, List<Integer> years,
        LocalDate recordedOn, EventStamp stamp) implements Stamped {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Commitment {
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recordedOn, "recordedOn");
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("Commitment " + commitmentId + " needs an amount of zero or more");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("Commitment " + commitmentId + " needs an ISO 4217 currency");
        }
        years = years == null || years.isEmpty() ? List.of(recordedOn.getYear())
                : years.stream().distinct().sorted().toList();
    }

    /**
     * The amount spread evenly over the years it covers, to the cent; the last year takes the
     * remainder so the parts add up to the amount exactly.
     */
    public Map<Integer, BigDecimal> amountByYear() {
        Map<Integer, BigDecimal> parts = new LinkedHashMap<>();
        BigDecimal share = amount.divide(BigDecimal.valueOf(years.size()), 2, RoundingMode.DOWN);
        BigDecimal rest = amount;
        for (int i = 0; i < years.size(); i++) {
            BigDecimal part = i == years.size() - 1 ? rest : share;
            parts.put(years.get(i), part);
            rest = rest.subtract(part);
        }
        return parts;
    }
}
