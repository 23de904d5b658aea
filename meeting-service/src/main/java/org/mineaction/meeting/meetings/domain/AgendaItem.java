package org.mineaction.meeting.meetings.domain;

import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.shared.domain.Checks;
import org.mineaction.meeting.shared.domain.Objective;

/** One item of a meeting's agenda; the agenda's order is the list's order. */
public record AgendaItem(String title, Objective objective, String presenter, int durationMinutes) {

    public AgendaItem {
        title = Checks.text("agenda.title", title, 300);
        presenter = Checks.optionalText("agenda.presenter", presenter, 200);
        if (durationMinutes < 1 || durationMinutes > 600) {
            throw new InvalidInputException("agenda.durationMinutes", "must be 1 to 600 minutes");
        }
    }
}
