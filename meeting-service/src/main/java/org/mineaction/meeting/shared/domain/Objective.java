package org.mineaction.meeting.shared.domain;

/** The Convention objective a meeting, agenda item, outcome or commitment is about. */
public enum Objective {
    ARTICLE_5_CLEARANCE,
    STOCKPILE_DESTRUCTION,
    RISK_EDUCATION,
    VICTIM_ASSISTANCE,
    COOPERATION_AND_ASSISTANCE,
    REPORTING_TRANSPARENCY
}
