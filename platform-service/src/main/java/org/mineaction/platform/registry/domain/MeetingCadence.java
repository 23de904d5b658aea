package org.mineaction.platform.registry.domain;

/** How often a platform meets; quarterly unless the lead chose another rhythm. */
public enum MeetingCadence {
    MONTHLY,
    BIMONTHLY,
    QUARTERLY,
    /** Twice a year. */
    BIANNUAL,
    ANNUAL;

    public static final MeetingCadence DEFAULT = QUARTERLY;
}
