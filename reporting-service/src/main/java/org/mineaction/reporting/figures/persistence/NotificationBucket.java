package org.mineaction.reporting.figures.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.reporting.figures.domain.NotificationOutcome;
import org.springframework.data.annotation.Id;

/**
 * What became of the notifications of one country in one year ({@code COUNTRY:YEAR}), by id and
 * channel only; each as one compact string ({@code channel|sent|day|eventTime|eventId}), see
 * {@link ActionPointBucket}.
 */
record NotificationBucket(@Id String id, String countryCode, int year, Map<String, String> items) {

    static final String COLLECTION = "notification_buckets";

    static NotificationBucket of(String id, String countryCode, int year, Map<String, NotificationOutcome> outcomes) {
        Map<String, String> items = new HashMap<>();
        outcomes.forEach((key, o) -> items.put(key, String.join("|", o.channel(), String.valueOf(o.sent()),
                o.occurredOn().toString(), o.stamp().time().toString(), o.stamp().eventId())));
        return new NotificationBucket(id, countryCode, year, items);
    }

    Map<String, NotificationOutcome> outcomes() {
        Map<String, NotificationOutcome> outcomes = new HashMap<>();
        if (items != null) {
            items.forEach((key, item) -> {
                String[] f = item.split("\\|", 5);
                outcomes.put(key, new NotificationOutcome(key, f[0], Boolean.parseBoolean(f[1]), LocalDate.parse(f[2]),
                        new EventStamp(Instant.parse(f[3]), f[4])));
            });
        }
        return outcomes;
    }
}
