package org.mineaction.meeting.minutes.domain;

import java.time.Instant;

/** The text of the minutes as submitted, kept for each version. */
public record Submission(int version, String text, String by, Instant at) {
}
