package org.mineaction.meeting.platforms.persistence;

import java.time.Instant;
import java.util.List;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.StampedDocument;
import org.mineaction.meeting.platforms.domain.KnownPlatform;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** meeting-service's replica of a platform; {@code lastEvent*} decide whether a later event may replace it. */
@Document(KnownPlatformDocument.COLLECTION)
record KnownPlatformDocument(@Id String countryCode, String name, List<String> languages, String timeZone,
        Instant lastEventTime, String lastEventId) implements StampedDocument {

    static final String COLLECTION = "known_platforms";

    static KnownPlatformDocument of(KnownPlatform platform, EventStamp stamp) {
        return new KnownPlatformDocument(platform.countryCode().value(), platform.name(), platform.languages(),
                platform.timeZone(), stamp.time(), stamp.eventId());
    }

    KnownPlatform toPlatform() {
        return new KnownPlatform(new CountryCode(countryCode), name, languages, timeZone);
    }
}
