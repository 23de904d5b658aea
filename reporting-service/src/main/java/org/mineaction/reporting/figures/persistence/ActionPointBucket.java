package org.mineaction.reporting.figures.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.reporting.figures.domain.ActionPoint;
import org.mineaction.reporting.figures.domain.ActionPointStatus;
import org.springframework.data.annotation.Id;

/**
 * The action points of one country opened in one year ({@code COUNTRY:YEAR}), in one document: the
 * year's figures come from one read by id, and a replayed event replaces its point in the map
 * instead of counting it again. Dates and status only, never the owner; each point is one compact
 * string ({@code opened|due|status|closed|eventTime|eventId}) because the whole bucket is read and
 * written on every event and mapping hundreds of sub-documents each time would dominate the cost.
 */
record ActionPointBucket(@Id String id, String countryCode, int year, Map<String, String> items) {

    static final String COLLECTION = "action_point_buckets";

    static ActionPointBucket of(String id, String countryCode, int year, Map<String, ActionPoint> points) {
        Map<String, String> items = new HashMap<>();
        points.forEach((key, p) -> items.put(key, String.join("|", p.openedOn().toString(), text(p.dueDate()),
                p.status().name(), text(p.closedOn()), p.stamp().time().toString(), p.stamp().eventId())));
        return new ActionPointBucket(id, countryCode, year, items);
    }

    Map<String, ActionPoint> points() {
        Map<String, ActionPoint> points = new HashMap<>();
        if (items != null) {
            items.forEach((key, item) -> {
                String[] f = item.split("\\|", 6);
                points.put(key, new ActionPoint(key, LocalDate.parse(f[0]), date(f[1]), ActionPointStatus.valueOf(f[2]),
                        date(f[3]), new EventStamp(Instant.parse(f[4]), f[5])));
            });
        }
        return points;
    }

    static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
