package org.mineaction.platform.registry.domain;

/** The Convention objective a platform concentrates on. */
public enum FocusObjective {
    ARTICLE_5_CLEARANCE,
    STOCKPILE_DESTRUCTION,
    RISK_EDUCATION,
    VICTIM_ASSISTANCE,
    COOPERATION_AND_ASSISTANCE,
    REPORTING_TRANSPARENCY
}
