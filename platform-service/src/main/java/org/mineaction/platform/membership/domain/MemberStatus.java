package org.mineaction.platform.membership.domain;

/**
 * Where a member stands: invited (no answer yet), active, left the platform, or erased (the
 * personal data is gone; only what aggregates need is kept).
 */
public enum MemberStatus {
    INVITED,
    ACTIVE,
    LEFT,
    ERASED
}
