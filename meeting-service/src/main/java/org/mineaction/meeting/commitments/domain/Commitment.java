package org.mineaction.meeting.commitments.domain;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.shared.domain.Checks;
import org.mineaction.meeting.shared.domain.Objective;

/**
 * A financial or other commitment to the platform's work: a donor organisation (never a person),
 * a recipient, an objective, an amount for one or several years, perhaps answering a challenge.
 */
public record Commitment(String id, String country, String donorOrganisationId, String donorName, String recipient,
        Objective objective, CommitmentType type, Money money, List<Integer> years, String challengeId,
        String meetingId, String recordedBy, Instant recordedAt, Instant changedAt) {

    public static final int FIRST_YEAR = 1997;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_YEARS = 15;

    public Commitment {
        donorOrganisationId = Checks.id("donorOrganisationId", donorOrganisationId);
        donorName = Checks.text("donorName", donorName, 200);
        recipient = Checks.text("recipient", recipient, 200);
        Checks.required("objective", objective);
        Checks.required("type", type);
        Checks.required("money", money);
        years = years(years);
    }

    public Commitment revise(String newDonorOrganisationId, String newDonorName, String newRecipient,
            Objective newObjective, CommitmentType newType, Money newMoney, List<Integer> newYears,
            String newChallengeId, Instant now) {
        return new Commitment(id, country, newDonorOrganisationId, newDonorName, newRecipient, newObjective, newType,
                newMoney, newYears, newChallengeId, meetingId, recordedBy, recordedAt, now);
    }

    private static List<Integer> years(List<Integer> years) {
        if (years == null || years.isEmpty() || years.size() > MAX_YEARS) {
            throw new InvalidInputException("years", "name 1 to " + MAX_YEARS + " years covered, e.g. [2027, 2028]");
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer year : years) {
            if (year == null || year < FIRST_YEAR || year > LAST_YEAR || !sorted.add(year)) {
                throw new InvalidInputException("years", "distinct years from " + FIRST_YEAR + " to " + LAST_YEAR);
            }
        }
        return List.copyOf(sorted);
    }
}
