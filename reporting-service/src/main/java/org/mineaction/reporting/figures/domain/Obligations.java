package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.List;
import org.mineaction.chassis.projection.EventStamp;

/** A country's Convention obligations as the country pack shows them. */
public record Obligations(LocalDate entryIntoForce, LocalDate article5OriginalDeadline,
        LocalDate article5CurrentDeadline, int article5Extensions, LocalDate article5CompletedOn,
        List<IndividualisedApproachSession> individualisedApproachSessions, EventStamp stamp) implements Stamped {

    public Obligations {
        individualisedApproachSessions = individualisedApproachSessions == null ? List.of()
                : List.copyOf(individualisedApproachSessions);
    }

    /** A session of the Committee's individualised approach the country took part in. */
    public record IndividualisedApproachSession(LocalDate heldOn, String title) {
    }
}
