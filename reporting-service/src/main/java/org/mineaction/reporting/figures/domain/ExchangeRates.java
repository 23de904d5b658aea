package org.mineaction.reporting.figures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The yearly rates the reports convert commitments with: for each year, how many units of the base
 * currency one unit of a currency was worth. A currency without a rate for the year is not
 * converted and is named in {@link Converted#unconverted}, never guessed.
 */
public record ExchangeRates(String baseCurrency, Map<Integer, Map<String, BigDecimal>> rates) {

    public ExchangeRates {
        baseCurrency = baseCurrency == null ? "USD" : baseCurrency;
        rates = rates == null ? Map.of() : Map.copyOf(rates);
    }

    /** A sum in the base currency and the currencies that could not be converted. */
    public record Converted(BigDecimal amount, Set<String> unconverted) {

        public Converted plus(Converted other) {
            Set<String> missing = new TreeSet<>(unconverted);
            missing.addAll(other.unconverted);
            return new Converted(amount.add(other.amount), missing);
        }
    }

    public static final Converted NOTHING = new Converted(BigDecimal.ZERO.setScale(2), Set.of());

    public Converted convert(int year, Map<String, BigDecimal> byCurrency) {
        BigDecimal total = BigDecimal.ZERO;
        Set<String> unconverted = new TreeSet<>();
        for (Map.Entry<String, BigDecimal> amount : byCurrency.entrySet()) {
            BigDecimal rate = baseCurrency.equals(amount.getKey()) ? BigDecimal.ONE
                    : rates.getOrDefault(year, Map.of()).get(amount.getKey());
            if (rate == null) {
                unconverted.add(amount.getKey());
            } else {
                total = total.add(amount.getValue().multiply(rate));
            }
        }
        return new Converted(total.setScale(2, RoundingMode.HALF_EVEN), unconverted);
    }
}
