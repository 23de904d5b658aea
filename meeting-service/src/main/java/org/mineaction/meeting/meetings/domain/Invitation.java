package org.mineaction.meeting.meetings.domain;

import java.time.Instant;

/** A member invited to a meeting and their answer, if any. */
public record Invitation(String memberId, Instant invitedAt, RsvpResponse response, Instant respondedAt,
        RsvpChannel via) {

    public static Invitation of(String memberId, Instant invitedAt) {
        return new Invitation(memberId, invitedAt, null, null, null);
    }

    Invitation answered(RsvpResponse answer, Instant at, RsvpChannel channel) {
        return new Invitation(memberId, invitedAt, answer, at, channel);
    }
}
