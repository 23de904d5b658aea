package org.mineaction.reporting.figures.domain;

/** How firm a donor's money is: promised, committed, or paid out. */
public enum CommitmentType {
    PLEDGE,
    COMMITMENT,
    DISBURSEMENT
}
