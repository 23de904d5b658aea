package org.mineaction.reporting.figures.domain;

/** The Convention objectives a platform, a challenge or a commitment can be about. */
public enum Objective {
    ARTICLE_5_CLEARANCE,
    STOCKPILE_DESTRUCTION,
    RISK_EDUCATION,
    VICTIM_ASSISTANCE,
    COOPERATION_AND_ASSISTANCE,
    REPORTING_TRANSPARENCY
}
