package org.mineaction.reporting.members.domain;

/** Self-declared, optional; reported only in aggregate. */
public enum AgeGroup {
    UNDER_25,
    AGE_25_39,
    AGE_40_54,
    AGE_55_PLUS,
    PREFER_NOT_TO_SAY
}
