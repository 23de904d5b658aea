package org.mineaction.platform.membership.web;

import jakarta.validation.constraints.Size;

/**
 * What a client sends to create or change an organisation. Only these fields are read: an id,
 * country or anything else in the body is ignored rather than assigned.
 *
 * @param version the version the change is based on, when no If-Match header is sent
 */
record OrganisationRequest(@Size(max = 200) String name, @Size(max = 40) String category,
        @Size(max = 3) String countryOfOrigin, Long version) {
}
