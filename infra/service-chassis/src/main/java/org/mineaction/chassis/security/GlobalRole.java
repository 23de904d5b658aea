package org.mineaction.chassis.security;

/** A role over all countries, as the {@code roles} claim of an access token names it. */
public enum GlobalRole {
    /** Reads aggregates of every country, never personal data. */
    ISU_ANALYST,
    /** Registers platforms and runs the service. */
    OPERATOR
}
