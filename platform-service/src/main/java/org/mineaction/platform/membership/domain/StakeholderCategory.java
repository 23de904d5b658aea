package org.mineaction.platform.membership.domain;

/** The kinds of organisation the Model National Mine Action Platform brings together. */
public enum StakeholderCategory {
    NATIONAL_AUTHORITY,
    MINISTRY,
    DONOR_STATE,
    INTERNATIONAL_ORGANISATION,
    UN_AGENCY,
    INTERNATIONAL_NGO,
    NATIONAL_NGO,
    AFFECTED_POPULATION,
    PRIVATE_SECTOR,
    ACADEMIA
}
