package org.mineaction.reporting.figures.persistence;

import java.time.Instant;
import org.mineaction.reporting.figures.domain.ActionPointFigures;
import org.mineaction.reporting.figures.domain.Article7Report;
import org.mineaction.reporting.figures.domain.AttendanceFigures;
import org.mineaction.reporting.figures.domain.CommitmentFigures;
import org.mineaction.reporting.figures.domain.MeetingFigures;
import org.mineaction.reporting.figures.domain.MinutesFigures;
import org.mineaction.reporting.figures.domain.NotificationFigures;
import org.mineaction.reporting.figures.domain.OutcomeFigures;
import org.springframework.data.annotation.Id;

/**
 * The pre-aggregated figures of one country and year ({@code COUNTRY:YEAR}): what the cross-country
 * table and the time series read, never the facts underneath. Each projection sets its own section,
 * so they never overwrite each other.
 */
record FiguresDocument(@Id String id, String countryCode, int year, MeetingFigures meetings, MinutesFigures minutes,
        AttendanceFigures attendance, ActionPointFigures actionPoints, OutcomeFigures outcomes,
        CommitmentFigures commitments, NotificationFigures notifications, Article7Report article7,
        Instant updatedAt) {

    static final String COLLECTION = "country_year_figures";
}
