package org.mineaction.meeting.commitments.domain;

/** The IATI transaction types a platform records: a pledge, a (firm) commitment, a disbursement. */
public enum CommitmentType {
    PLEDGE,
    COMMITMENT,
    DISBURSEMENT
}
