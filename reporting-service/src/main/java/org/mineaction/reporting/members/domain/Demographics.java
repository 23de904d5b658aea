package org.mineaction.reporting.members.domain;

/**
 * What a member chose to declare about themselves, every part optional (null = not declared). Kept
 * per member only so that it can be counted; never reported but in aggregate, and dropped on erasure.
 */
public record Demographics(Gender gender, AgeGroup ageGroup, Boolean disability, Boolean survivor) {

    public static final Demographics NONE = new Demographics(null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
