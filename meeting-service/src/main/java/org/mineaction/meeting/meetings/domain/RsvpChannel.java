package org.mineaction.meeting.meetings.domain;

/** How an RSVP reached us: the API with a token, or the signed link of the invitation e-mail. */
public enum RsvpChannel {
    API,
    SIGNED_LINK
}
