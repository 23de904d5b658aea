package org.mineaction.reporting.figures.domain;

/**
 * Minutes of the meetings held in one year: how many were approved (and so circulated, the same
 * day) and how many days after the meeting.
 *
 * @param awaitingApproval held meetings whose minutes are not approved yet
 */
public record MinutesFigures(int approved, int awaitingApproval, Double medianCirculationDays,
        Double meanCirculationDays, Integer longestCirculationDays) {
}
