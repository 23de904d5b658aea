package org.mineaction.meeting.meetings.domain;

/** Who may read a meeting and how its minutes are exported. */
public enum Confidentiality {
    /** Every member of the platform. */
    MEMBERS,
    /** Only the invited participants (and the lead and secretariat). */
    LISTED_PARTICIPANTS,
    /** Every member; the minutes are exported without attribution. */
    CHATHAM_HOUSE
}
