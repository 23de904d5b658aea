package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the meetings of one year recorded, by kind and objective, and which matters recur.
 *
 * @param byKindAndObjective kind -> objective ("UNSPECIFIED" when none) -> how many were recorded
 * @param recurringChallenges challenge topics raised this year that an earlier meeting had raised
 * @param topics every topic raised this year with how often it was raised up to the end of the year
 */
public record OutcomeFigures(Map<String, Map<String, Integer>> byKindAndObjective, int recurringChallenges,
        int recurringNeeds, List<Topic> topics) {

    public static final String UNSPECIFIED = "UNSPECIFIED";

    public OutcomeFigures {
        byKindAndObjective = Map.copyOf(byKindAndObjective);
        topics = List.copyOf(topics);
    }

    public int count(OutcomeKind kind, String objective) {
        Map<String, Integer> byObjective = byKindAndObjective.getOrDefault(kind.name(), Map.of());
        return objective == null ? byObjective.values().stream().mapToInt(Integer::intValue).sum()
                : byObjective.getOrDefault(objective, 0);
    }

    /** A matter recorded at meetings, identified across meetings by its topic key. */
    public record Topic(String topicKey, OutcomeKind kind, String objective, String summary, int raisedThisYear,
            int timesRaised, LocalDate firstRaisedOn) {

        public boolean recurring() {
            return timesRaised > 1;
        }
    }
}
