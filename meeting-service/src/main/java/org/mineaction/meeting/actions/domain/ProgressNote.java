package org.mineaction.meeting.actions.domain;

import java.time.Instant;
import org.mineaction.meeting.shared.domain.Checks;

/** A dated note on how an action point progresses. */
public record ProgressNote(String text, String by, Instant at) {

    public ProgressNote {
        text = Checks.text("note", text, 2000);
    }
}
