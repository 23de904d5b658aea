package org.mineaction.meeting.outcomes.domain;

/** What a meeting recorded: a decision, a challenge, a need, or a priority. */
public enum OutcomeKind {
    DECISION,
    CHALLENGE,
    NEED,
    PRIORITY
}
