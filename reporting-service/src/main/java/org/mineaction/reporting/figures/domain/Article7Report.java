package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import org.mineaction.chassis.projection.EventStamp;

/** A country's annual transparency report under Article 7 and whether it came by the deadline. */
public record Article7Report(int reportYear, LocalDate dueDate, LocalDate submittedOn, boolean onTime,
        EventStamp stamp) implements Stamped {
}
