package org.mineaction.platform.membership.web;

import java.time.Instant;
import org.mineaction.platform.membership.domain.Organisation;

record OrganisationResponse(String id, String countryCode, String name, String category, String countryOfOrigin,
        Instant createdAt, Long version) {

    static OrganisationResponse of(Organisation organisation) {
        return new OrganisationResponse(organisation.id(), organisation.country().value(), organisation.name(),
                organisation.category().name(),
                organisation.countryOfOrigin() == null ? null : organisation.countryOfOrigin().value(),
                organisation.createdAt(), organisation.version());
    }
}
