package org.mineaction.platform.membership.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.mineaction.platform.membership.domain.Organisation;

/** An organisation of a platform (schemas organisation-registered/updated.v1.json); not personal data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationEventV1(String organisationId, String countryCode, String name, String stakeholderCategory,
        String countryOfOrigin, long version, Instant occurredAt) {

    static OrganisationEventV1 of(Organisation organisation, long version, Instant occurredAt) {
        return new OrganisationEventV1(organisation.id(), organisation.country().value(), organisation.name(),
                organisation.category().name(),
                organisation.countryOfOrigin() == null ? null : organisation.countryOfOrigin().value(), version,
                occurredAt);
    }
}
