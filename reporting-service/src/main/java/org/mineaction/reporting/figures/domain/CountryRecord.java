package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The facts of one country the yearly figures are computed from, except the bulky ones kept per
 * year (action points, notifications): its meetings, what they recorded and the commitments. Each
 * change says which years' figures it touched.
 */
public final class CountryRecord {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_:-]{1,64}");

    private final String countryCode;
    private final Map<String, Meeting> meetings;
    private final Map<String, Outcome> outcomes;
    private final Map<String, Commitment> commitments;

    public CountryRecord(String countryCode, Map<String, Meeting> meetings, Map<String, Outcome> outcomes,
            Map<String, Commitment> commitments) {
        this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
        this.meetings = new HashMap<>(meetings == null ? Map.of() : meetings);
        this.outcomes = new HashMap<>(outcomes == null ? Map.of() : outcomes);
        this.commitments = new HashMap<>(commitments == null ? Map.of() : commitments);
    }

    public static CountryRecord empty(String countryCode) {
        return new CountryRecord(countryCode, Map.of(), Map.of(), Map.of());
    }

    /** Ids become keys of stored maps: refuse what a store cannot hold (a dot, a dollar) or is no id at all. */
    public static String requireId(String field, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(field + " must be 1 to 64 letters, digits, '-', '_' or ':'");
        }
        return id;
    }

    /**
     * Applies a change to one meeting (creating it when first heard of).
     *
     * @return the years whose meeting figures changed: the meeting's year before and after; empty when nothing changed
     */
    public Set<Integer> changeMeeting(String meetingId, UnaryOperator<Meeting> change) {
        requireId("meetingId", meetingId);
        Meeting before = meetings.getOrDefault(meetingId, Meeting.known(meetingId));
        Meeting after = change.apply(before);
        if (after.equals(before)) {
            return Set.of();
        }
        meetings.put(meetingId, after);
        return yearsOf(before.day(), after.day());
    }

    /** @return the years whose outcome figures changed: recurrence counts reach into every later year */
    public Set<Integer> recordOutcome(Outcome outcome) {
        requireId("outcomeId", outcome.outcomeId());
        Outcome before = outcomes.get(outcome.outcomeId());
        if (!Stamped.putIfNewer(outcomes, outcome.outcomeId(), outcome)) {
            return Set.of();
        }
        int from = before == null ? outcome.raisedOn().getYear()
                : Math.min(before.raisedOn().getYear(), outcome.raisedOn().getYear());
        Set<Integer> years = new TreeSet<>();
        for (Outcome o : outcomes.values()) {
            if (o.raisedOn().getYear() >= from) {
                years.add(o.raisedOn().getYear());
            }
        }
        years.add(from);
        return years;
    }

    /** @return the years the commitment covered before and covers now */
    public Set<Integer> recordCommitment(Commitment commitment) {
        requireId("commitmentId", commitment.commitmentId());
        Commitment before = commitments.get(commitment.commitmentId());
        if (!Stamped.putIfNewer(commitments, commitment.commitmentId(), commitment)) {
            return Set.of();
        }
        Set<Integer> years = new TreeSet<>(commitment.years());
        if (before != null) {
            years.addAll(before.years());
        }
        return years;
    }

    private static Set<Integer> yearsOf(LocalDate before, LocalDate after) {
        Set<Integer> years = new TreeSet<>();
        if (before != null) {
            years.add(before.getYear());
        }
        if (after != null) {
            years.add(after.getYear());
        }
        return years;
    }

    public String countryCode() {
        return countryCode;
    }

    public Map<String, Meeting> meetings() {
        return Map.copyOf(meetings);
    }

    public Map<String, Outcome> outcomes() {
        return Map.copyOf(outcomes);
    }

    public Map<String, Commitment> commitments() {
        return Map.copyOf(commitments);
    }
}
