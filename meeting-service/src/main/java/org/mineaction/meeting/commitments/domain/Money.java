package org.mineaction.meeting.commitments.domain;

import java.math.BigDecimal;
import java.util.Currency;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * A non-negative amount in an ISO 4217 currency. The amount is kept as its exact decimal text, so no
 * binary rounding ever touches it.
 */
public record Money(String amount, String currency) {

    static final int MAX_SCALE = 4;
    static final int MAX_INTEGER_DIGITS = 18;

    public Money {
        amount = canonical(amount);
        currency = iso4217(currency);
    }

    public BigDecimal decimal() {
        return new BigDecimal(amount);
    }

    private static String canonical(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidInputException("amount", "is required, e.g. \"250000.00\"");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "must be a decimal number, e.g. \"250000.00\"");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException("amount", "must not be negative");
        }
        if (value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException("amount", "at most " + MAX_INTEGER_DIGITS + " digits and " + MAX_SCALE
                    + " decimals");
        }
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    private static String iso4217(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as EUR or USD");
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "is not an ISO 4217 currency: " + code);
        }
    }
}
