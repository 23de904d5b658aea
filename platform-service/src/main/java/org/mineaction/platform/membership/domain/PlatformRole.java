package org.mineaction.platform.membership.domain;

/** The part a member plays on a country's platform. */
public enum PlatformRole {
    LEAD,
    SECRETARIAT,
    CHAMPION,
    MEMBER,
    OBSERVER
}
