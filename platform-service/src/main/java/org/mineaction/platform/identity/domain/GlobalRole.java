package org.mineaction.platform.identity.domain;

/** Roles that are not tied to one country. */
public enum GlobalRole {
    /** Reads cross-country aggregates, never personal data. */
    ISU_ANALYST,
    /** Registers platforms and runs the service. */
    OPERATOR
}
