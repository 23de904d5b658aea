package org.mineaction.platform.registry;

import org.mineaction.chassis.domain.CountryCode;

/**
 * Which organisations take part in a platform, as the registry needs to know when the lead names
 * the lead or secretariat organisation. Implemented by the membership feature, which owns them.
 */
public interface OrganisationDirectory {

    boolean takesPart(CountryCode country, String organisationId);
}
