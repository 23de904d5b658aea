package org.mineaction.platform.membership.domain;

/**
 * What a member chose to declare about themselves for gender and diversity reporting (Oslo Action
 * Plan actions 45 and 47). Every part is optional; it is only ever published for aggregation,
 * never with a name or contact data.
 */
public record Demographics(Gender gender, AgeGroup ageGroup, Boolean disability, Boolean survivor) {

    public static final Demographics UNDECLARED = new Demographics(null, null, null, null);

    public boolean isEmpty() {
        return gender == null && ageGroup == null && disability == null && survivor == null;
    }
}
