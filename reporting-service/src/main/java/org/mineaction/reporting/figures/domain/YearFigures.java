package org.mineaction.reporting.figures.domain;

/** Everything the read model holds about one country in one year; a section is null when nothing fed it yet. */
public record YearFigures(String countryCode, int year, MeetingFigures meetings, MinutesFigures minutes,
        AttendanceFigures attendance, ActionPointFigures actionPoints, OutcomeFigures outcomes,
        CommitmentFigures commitments, NotificationFigures notifications, Article7Report article7) {
}
