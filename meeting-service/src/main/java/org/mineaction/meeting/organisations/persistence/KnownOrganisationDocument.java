package org.mineaction.meeting.organisations.persistence;

import java.time.Instant;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.StampedDocument;
import org.mineaction.meeting.organisations.domain.KnownOrganisation;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** meeting-service's replica of an organisation; {@code lastEvent*} decide whether a later event may replace it. */
@Document(KnownOrganisationDocument.COLLECTION)
record KnownOrganisationDocument(@Id String organisationId, @Indexed String country, String name, String category,
        Instant lastEventTime, String lastEventId) implements StampedDocument {

    static final String COLLECTION = "known_organisations";

    static KnownOrganisationDocument of(KnownOrganisation organisation, EventStamp stamp) {
        return new KnownOrganisationDocument(organisation.organisationId(), organisation.country(),
                organisation.name(), organisation.category(), stamp.time(), stamp.eventId());
    }

    KnownOrganisation toOrganisation() {
        return new KnownOrganisation(organisationId, country, name, category);
    }
}
