package org.mineaction.meeting.minutes.domain;

/** draft -> submitted -> returned -> (corrected) submitted -> approved, which freezes the version. */
public enum MinutesStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED
}
