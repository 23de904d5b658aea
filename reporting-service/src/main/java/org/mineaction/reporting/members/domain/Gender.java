package org.mineaction.reporting.members.domain;

/** Self-declared, optional; reported only in aggregate. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    PREFER_NOT_TO_SAY
}
