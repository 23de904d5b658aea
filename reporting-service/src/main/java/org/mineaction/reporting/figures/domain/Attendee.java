package org.mineaction.reporting.figures.domain;

/**
 * What the attendance figures count of a member who attended: categories only, each null when
 * unknown or not declared. Never a name.
 */
public record Attendee(String stakeholderCategory, String gender, String ageGroup, boolean disability,
        boolean survivor) {

    public static final Attendee UNKNOWN = new Attendee(null, null, null, false, false);
}
