package org.mineaction.reporting.platforms.persistence;

import java.time.Instant;
import java.util.List;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.StampedDocument;
import org.mineaction.reporting.platforms.domain.PlatformSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One row of the platform report; {@code lastEvent*} decide whether a later event may replace it. */
@Document(PlatformSummaryDocument.COLLECTION)
record PlatformSummaryDocument(@Id String countryCode, String name, List<String> languages, String timeZone,
        Instant registeredAt, Instant lastEventTime, String lastEventId) implements StampedDocument {

    static final String COLLECTION = "platform_summaries";

    static PlatformSummaryDocument of(PlatformSummary summary, EventStamp stamp) {
        return new PlatformSummaryDocument(summary.countryCode().value(), summary.name(), summary.languages(),
                summary.timeZone(), summary.registeredAt(), stamp.time(), stamp.eventId());
    }

    PlatformSummary toSummary() {
        return new PlatformSummary(new CountryCode(countryCode), name, languages, timeZone, registeredAt);
    }
}
