package org.mineaction.meeting.organisations.domain;

import org.mineaction.meeting.shared.domain.Checks;

/**
 * An organisation taking part in a platform, as the public organisation events describe it: what
 * the minutes need to list attendees by organisation and name the owners of action points.
 *
 * @param category the stakeholder category, null when none is recorded
 */
public record KnownOrganisation(String organisationId, String country, String name, String category) {

    public KnownOrganisation {
        organisationId = Checks.id("organisationId", organisationId);
        country = Checks.country(country);
        name = Checks.text("name", name, 200);
    }
}
