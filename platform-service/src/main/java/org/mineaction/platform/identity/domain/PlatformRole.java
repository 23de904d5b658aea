package org.mineaction.platform.identity.domain;

/** What a person does on one country's platform; held per country. */
public enum PlatformRole {
    LEAD,
    SECRETARIAT,
    CHAMPION,
    MEMBER,
    OBSERVER
}
