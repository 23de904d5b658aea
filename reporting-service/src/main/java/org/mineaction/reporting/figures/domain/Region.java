package org.mineaction.reporting.figures.domain;

/** UN geoscheme (M49) region of a platform's country, as the platform events say. */
public enum Region {
    AFRICA,
    AMERICAS,
    ASIA,
    EUROPE,
    OCEANIA
}
