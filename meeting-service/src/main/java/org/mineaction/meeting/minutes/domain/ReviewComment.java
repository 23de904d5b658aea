package org.mineaction.meeting.minutes.domain;

import java.time.Instant;
import org.mineaction.meeting.shared.domain.Checks;

/** What the lead asks to be corrected when returning the minutes. */
public record ReviewComment(String text, String by, Instant at) {

    public ReviewComment {
        text = Checks.text("comments", text, 2000);
    }
}
