package org.mineaction.reporting.figures.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.reporting.figures.domain.Objective;
import org.mineaction.reporting.figures.domain.Region;
import org.mineaction.reporting.figures.domain.ReportFilter;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of a report, checked strictly: a parameter the report does not know, one
 * given twice, a value that is not one of its kind or a span that cannot be (from after to, a year
 * before the Convention) is a 400 problem, never silently ignored.
 */
final class ReportParameters {

    static final String YEAR = "year";
    static final String FROM = "from";
    static final String TO = "to";
    static final String REGION = "region";
    static final String OBJECTIVE = "objective";
    static final String FORMAT = "format";
    static final String METRIC = "metric";
    static final String PERIOD = "period";

    /** The Convention entered into force in 1999; the first reports cover 1997 onwards. */
    static final int FIRST_YEAR = 1997;

    private final MultiValueMap<String, String> parameters;
    private final LocalDate today;

    private ReportParameters(MultiValueMap<String, String> parameters, Set<String> allowed, LocalDate today) {
        this.parameters = parameters;
        this.today = today;
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidInputException(name, "is not a parameter of this report; use " + allowed);
            }
            List<String> values = parameters.get(name);
            if (values.size() != 1) {
                throw new InvalidInputException(name, "must be given once");
            }
        }
    }

    static ReportParameters of(MultiValueMap<String, String> parameters, Set<String> allowed, LocalDate today) {
        return new ReportParameters(parameters, allowed, today);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(parameters.getFirst(name));
    }

    <E extends Enum<E>> Optional<E> oneOf(String name, Class<E> type) {
        return text(name).map(value -> {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(name, "must be one of " + List.of(type.getEnumConstants()));
            }
        });
    }

    <T> Optional<T> parsed(String name, Function<String, Optional<T>> parse, String expected) {
        return text(name).map(value -> parse.apply(value)
                .orElseThrow(() -> new InvalidInputException(name, "must be " + expected)));
    }

    private Optional<Integer> year(String name) {
        return text(name).map(value -> {
            int latest = today.getYear() + 10;
            try {
                int year = Integer.parseInt(value);
                if (year >= FIRST_YEAR && year <= latest) {
                    return year;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidInputException(name, "must be a year from " + FIRST_YEAR + " to " + latest);
        });
    }

    /**
     * The filter; without any year, {@code defaultFrom}..{@code defaultTo}. {@code year} and
     * {@code from}/{@code to} exclude each other.
     */
    ReportFilter filter(int defaultFrom, int defaultTo) {
        Optional<Integer> year = year(YEAR);
        Optional<Integer> from = year(FROM);
        Optional<Integer> to = year(TO);
        if (year.isPresent() && (from.isPresent() || to.isPresent())) {
            throw new InvalidInputException(YEAR, "cannot be combined with from or to");
        }
        int first = year.orElse(from.orElse(defaultFrom));
        int last = year.orElse(to.orElse(Math.max(first, defaultTo)));
        if (first > last) {
            throw new InvalidInputException(FROM, "must not be after to");
        }
        return new ReportFilter(oneOf(REGION, Region.class), first, last, oneOf(OBJECTIVE, Objective.class));
    }

    Exports.Format format() {
        String value = text(FORMAT).orElseThrow(() -> new InvalidInputException(FORMAT, "is required: csv or xlsx"));
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> Exports.Format.CSV;
            case "xlsx" -> Exports.Format.XLSX;
            default -> throw new InvalidInputException(FORMAT, "must be csv or xlsx");
        };
    }
}
