package org.mineaction.reporting.figures.domain;

import java.util.Map;

/**
 * Who took part in the meetings held in one year, in aggregate only: members once each however
 * often they came, by stakeholder category and self-declared gender, age group and diversity;
 * guests (counted by the secretariat, not by name) by category. These are exact counts; every
 * response suppresses the small demographic cells.
 *
 * @param byCategory distinct members by their category ("UNKNOWN" when not known) plus guests by category
 */
public record AttendanceFigures(int meetingsHeld, int memberAttendances, int guestAttendances, int distinctMembers,
        Map<String, Integer> byCategory, Map<String, Integer> byGender, int genderNotDeclared,
        Map<String, Integer> byAgeGroup, int ageGroupNotDeclared, int withDisability, int survivors) {

    public static final String UNKNOWN = "UNKNOWN";

    public AttendanceFigures {
        byCategory = Map.copyOf(byCategory);
        byGender = Map.copyOf(byGender);
        byAgeGroup = Map.copyOf(byAgeGroup);
    }
}
