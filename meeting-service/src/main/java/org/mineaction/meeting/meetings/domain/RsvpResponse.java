package org.mineaction.meeting.meetings.domain;

/** A member's answer to an invitation. */
public enum RsvpResponse {
    ACCEPTED,
    TENTATIVE,
    DECLINED
}
