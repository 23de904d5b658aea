package org.mineaction.reporting.figures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.reporting.figures.domain.Ratios;

/**
 * Sums a column of the countries' rows per year (or quarter) for the time series. Only additive
 * figures are offered, plus the two rates worked out from sums; the demographic cells are not,
 * since a sum of suppressed cells cannot be made without the numbers they hide.
 */
final class TimeSeries {

    private static final Map<String, String> QUARTERLY = Map.of("meetings.held", "meetings.heldByQuarter.Q",
            "actionPoints.opened", "actionPoints.openedByQuarter.Q", "actionPoints.done", "actionPoints.doneByQuarter.Q");
    static final Set<String> METRICS = Set.of("meetings.scheduled", "meetings.held", "meetings.cancelled",
            "meetings.expected", "meetings.onTimeRate", "minutes.approved", "minutes.awaitingApproval",
            "actionPoints.opened", "actionPoints.done", "actionPoints.dropped", "actionPoints.open",
            "actionPoints.overdue", "actionPoints.completionRate", "participation.distinctMembers",
            "participation.memberAttendances", "participation.guestAttendances", "challenges.total",
            "challenges.recurring", "needs.total", "needs.recurring", "priorities.total", "decisions",
            "commitments.convertedTotal", "notifications.sent", "notifications.failed");

    private TimeSeries() {
    }

    static List<Map<String, Object>> points(List<Map<String, Object>> rows, String metric, boolean quarterly,
            int from, int to) {
        if (!METRICS.contains(metric)) {
            throw new InvalidInputException(ReportParameters.METRIC, "must be one of " + new java.util.TreeSet<>(METRICS));
        }
        if (quarterly && !QUARTERLY.containsKey(metric)) {
            throw new InvalidInputException(ReportParameters.PERIOD, "quarter is only available for "
                    + new java.util.TreeSet<>(QUARTERLY.keySet()));
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            int y = year;
            List<Map<String, Object>> ofYear = rows.stream().filter(r -> ((Number) r.get("year")).intValue() == y)
                    .toList();
            if (quarterly) {
                for (int q = 1; q <= 4; q++) {
                    points.add(point(year + "-Q" + q, sum(ofYear, QUARTERLY.get(metric) + q), ofYear.size()));
                }
            } else {
                points.add(point(String.valueOf(year), value(ofYear, metric), ofYear.size()));
            }
        }
        return points;
    }

    private static Object value(List<Map<String, Object>> rows, String metric) {
        return switch (metric) {
            case "meetings.onTimeRate" -> Ratios.ratio(sum(rows, "meetings.periodsMet").intValue(),
                    sum(rows, "meetings.expected").intValue());
            case "actionPoints.completionRate" -> Ratios.ratio(sum(rows, "actionPoints.done").intValue(),
                    sum(rows, "actionPoints.opened").intValue() - sum(rows, "actionPoints.dropped").intValue());
            case "commitments.convertedTotal" -> rows.stream().map(r -> (BigDecimal) r.get(metric))
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            default -> sum(rows, metric);
        };
    }

    private static Number sum(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).filter(v -> v instanceof Number)
                .mapToLong(v -> ((Number) v).longValue()).sum();
    }

    private static Map<String, Object> point(String period, Object value, int countries) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("period", period);
        point.put("value", value);
        point.put("countries", countries);
        return point;
    }
}
