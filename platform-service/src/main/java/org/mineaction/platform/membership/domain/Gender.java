package org.mineaction.platform.membership.domain;

/** Self-declared gender, optional, reported only in aggregate. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    PREFER_NOT_TO_SAY
}
