package org.mineaction.reporting.figures;

import java.math.BigDecimal;
import java.util.Map;
import org.mineaction.reporting.figures.domain.ExchangeRates;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured yearly exchange rates ({@code mineaction.reporting.exchange-rates}, by default from
 * {@code exchange-rates.yml}; an operator can point {@code REPORTING_EXCHANGE_RATES} at a file of the
 * same shape): {@code rates.<year>.<currency>} = units of the base currency per unit.
 */
@ConfigurationProperties("mineaction.reporting.exchange-rates")
public record ExchangeRateTable(String baseCurrency, Map<Integer, Map<String, BigDecimal>> rates) {

    public ExchangeRates toRates() {
        return new ExchangeRates(baseCurrency, rates);
    }
}
