package org.mineaction.reporting.members.domain;

/** The kind of organisation a member speaks for. */
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
