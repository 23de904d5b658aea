package org.mineaction.reporting.figures.domain;

/** What a meeting recorded. */
public enum OutcomeKind {
    DECISION,
    CHALLENGE,
    NEED,
    PRIORITY
}
