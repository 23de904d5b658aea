package org.mineaction.meeting.meetings.domain;

/** The kinds of platform meeting the Model National Mine Action Platform names. */
public enum MeetingType {
    REGULAR,
    TECHNICAL_WORKING_GROUP,
    INDIVIDUALISED_APPROACH,
    EXTRAORDINARY
}
