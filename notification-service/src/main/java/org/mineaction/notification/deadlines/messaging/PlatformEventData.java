package org.mineaction.notification.deadlines.messaging;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Locale;

/**
 * The fields of platform-service's public events that the Article 7 reminders need: the country,
 * and for {@code article7.submitted} / {@code obligation.changed} which report year was submitted.
 * Everything else is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlatformEventData(
        String countryCode,
        @JsonAlias({"year", "article7ReportYear", "lastReportYear"}) Integer reportYear,
        @JsonAlias({"obligationType", "type", "kind"}) String obligation,
        @JsonAlias({"state", "reportStatus"}) String status,
        Boolean submitted) {

    /** Whether this obligation change says an Article 7 report was submitted. */
    boolean article7Submitted() {
        boolean article7 = obligation == null || obligation.toUpperCase(Locale.ROOT).replace("_", "")
                .replace(" ", "").contains("ARTICLE7");
        boolean done = Boolean.TRUE.equals(submitted) || status != null
                && status.toUpperCase(Locale.ROOT).startsWith("SUBMITTED");
        return article7 && done && reportYear != null;
    }
}
