package org.mineaction.reporting.members.domain;

/** Where a member stands on their platform, as the member events say. */
public enum MemberStatus {
    INVITED,
    ACTIVE,
    LEFT,
    /** Personal data removed; only what aggregates need is kept. */
    ERASED
}
