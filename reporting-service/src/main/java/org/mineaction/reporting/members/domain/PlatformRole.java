package org.mineaction.reporting.members.domain;

/** A member's role on their national platform. */
public enum PlatformRole {
    LEAD,
    SECRETARIAT,
    CHAMPION,
    MEMBER,
    OBSERVER
}
