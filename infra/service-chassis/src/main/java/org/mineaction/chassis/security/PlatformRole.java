package org.mineaction.chassis.security;

/** A person's role on one country's platform, as the {@code platforms} claim of an access token names it. */
public enum PlatformRole {
    LEAD, SECRETARIAT, CHAMPION, MEMBER, OBSERVER
}
