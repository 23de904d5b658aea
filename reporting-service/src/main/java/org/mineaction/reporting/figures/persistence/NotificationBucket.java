package org.mineaction.reporting.figures.persistence;

import java.util.Map;
import org.mineaction.reporting.figures.domain.NotificationOutcome;
import org.springframework.data.annotation.Id;

/** What became of the notifications of one country in one year ({@code COUNTRY:YEAR}), by id and channel only. */
record NotificationBucket(@Id String id, String countryCode, int year, Map<String, NotificationOutcome> items) {

    static final String COLLECTION = "notification_buckets";
}
