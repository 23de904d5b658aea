package org.mineaction.reporting.figures.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules that turn the projected facts of one country into its figures for one year. Pure
 * functions of the facts: projecting the same events again, in any order or number, gives the
 * same figures, which is what makes the read model replayable and rebuildable.
 */
public final class Figures {

    private Figures() {
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3;
    }

    /** The years a country's meetings fall in. */
    public static Set<Integer> yearsOf(Collection<Meeting> meetings) {
        return meetings.stream().map(Meeting::day).filter(Objects::nonNull).map(LocalDate::getYear)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static MeetingFigures meetings(Collection<Meeting> meetings, int year, PlatformProfile profile) {
        Cadence cadence = profile.cadence();
        int scheduled = 0;
        int held = 0;
        int cancelled = 0;
        Integer[] byQuarter = {0, 0, 0, 0};
        Set<Integer> periodsMet = new TreeSet<>();
        LocalDate lastHeld = null;
        LocalDate activeSince = profile.registeredOn();
        for (Meeting meeting : meetings) {
            LocalDate day = meeting.day();
            if (day == null) {
                continue;
            }
            if (!meeting.isCancelled() && (activeSince == null || day.isBefore(activeSince))) {
                activeSince = day;
            }
            if (day.getYear() != year) {
                continue;
            }
            scheduled++;
            if (meeting.isHeld()) {
                held++;
                byQuarter[quarterOf(day)]++;
                periodsMet.add(cadence.periodOf(day));
                lastHeld = lastHeld == null || day.isAfter(lastHeld) ? day : lastHeld;
            } else if (meeting.isCancelled()) {
                cancelled++;
            }
        }
        return new MeetingFigures(scheduled, held, cancelled, List.of(byQuarter), List.copyOf(periodsMet), cadence,
                activeSince, lastHeld);
    }

    public static LocalDate lastHeldOn(Collection<Meeting> meetings) {
        return meetings.stream().filter(Meeting::isHeld).map(Meeting::heldOn).max(Comparator.naturalOrder())
                .orElse(null);
    }

    public static MinutesFigures minutes(Collection<Meeting> meetings, int year) {
        List<Long> delays = new ArrayList<>();
        int awaiting = 0;
        for (Meeting meeting : meetings) {
            if (!meeting.isHeld() || meeting.heldOn().getYear() != year) {
                continue;
            }
            if (meeting.minutesApproved()) {
                delays.add(Math.max(0, ChronoUnit.DAYS.between(meeting.heldOn(), meeting.minutesApprovedOn())));
            } else {
                awaiting++;
            }
        }
        return new MinutesFigures(delays.size(), awaiting, Ratios.median(delays), Ratios.mean(delays),
                delays.stream().max(Long::compare).map(Long::intValue).orElse(null));
    }

    public static AttendanceFigures attendance(Collection<Meeting> meetings, int year, Map<String, Attendee> people) {
        int held = 0;
        int memberAttendances = 0;
        int guestAttendances = 0;
        Set<String> distinct = new HashSet<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        for (Meeting meeting : meetings) {
            if (!meeting.isHeld() || meeting.heldOn().getYear() != year) {
                continue;
            }
            held++;
            memberAttendances += meeting.attendees().size();
            distinct.addAll(meeting.attendees());
            guestAttendances += meeting.guestCount();
            meeting.guests().forEach((category, count) -> byCategory.merge(category, count, Integer::sum));
        }
        Map<String, Integer> byGender = new TreeMap<>();
        Map<String, Integer> byAgeGroup = new TreeMap<>();
        int withDisability = 0;
        int survivors = 0;
        for (String memberId : distinct) {
            Attendee attendee = people.getOrDefault(memberId, Attendee.UNKNOWN);
            byCategory.merge(Objects.requireNonNullElse(attendee.stakeholderCategory(), AttendanceFigures.UNKNOWN), 1,
                    Integer::sum);
            if (attendee.gender() != null) {
                byGender.merge(attendee.gender(), 1, Integer::sum);
            }
            if (attendee.ageGroup() != null) {
                byAgeGroup.merge(attendee.ageGroup(), 1, Integer::sum);
            }
            withDisability += attendee.disability() ? 1 : 0;
            survivors += attendee.survivor() ? 1 : 0;
        }
        return new AttendanceFigures(held, memberAttendances, guestAttendances, distinct.size(), byCategory, byGender,
                distinct.size() - sum(byGender), byAgeGroup, distinct.size() - sum(byAgeGroup), withDisability,
                survivors);
    }

    public static Set<Integer> yearsOfOutcomes(Collection<Outcome> outcomes) {
        return outcomes.stream().map(o -> o.raisedOn().getYear()).collect(Collectors.toCollection(TreeSet::new));
    }

    public static OutcomeFigures outcomes(Collection<Outcome> outcomes, int year) {
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        Map<String, List<Outcome>> byTopic = new LinkedHashMap<>();
        outcomes.stream().sorted(Comparator.comparing(Outcome::raisedOn).thenComparing(Outcome::outcomeId))
                .filter(o -> o.raisedOn().getYear() <= year)
                .forEach(o -> byTopic.computeIfAbsent(o.kind() + "/" + o.topicKey(), k -> new ArrayList<>()).add(o));
        List<OutcomeFigures.Topic> topics = new ArrayList<>();
        int recurringChallenges = 0;
        int recurringNeeds = 0;
        for (List<Outcome> raised : byTopic.values()) {
            List<Outcome> thisYear = raised.stream().filter(o -> o.raisedOn().getYear() == year).toList();
            if (thisYear.isEmpty()) {
                continue;
            }
            Outcome latest = thisYear.getLast();
            for (Outcome o : thisYear) {
                byKind.computeIfAbsent(o.kind().name(), k -> new TreeMap<>())
                        .merge(Objects.requireNonNullElse(o.objective(), OutcomeFigures.UNSPECIFIED), 1, Integer::sum);
            }
            boolean raisedBefore = raised.getFirst().raisedOn().getYear() < year
                    || distinctMeetings(thisYear) > 1;
            if (raisedBefore && latest.kind() == OutcomeKind.CHALLENGE) {
                recurringChallenges++;
            }
            if (raisedBefore && latest.kind() == OutcomeKind.NEED) {
                recurringNeeds++;
            }
            topics.add(new OutcomeFigures.Topic(latest.topicKey(), latest.kind(), latest.objective(), latest.summary(),
                    thisYear.size(), raised.size(), raised.getFirst().raisedOn()));
        }
        topics.sort(Comparator.comparing(OutcomeFigures.Topic::timesRaised).reversed()
                .thenComparing(OutcomeFigures.Topic::topicKey));
        return new OutcomeFigures(byKind, recurringChallenges, recurringNeeds, topics);
    }

    private static long distinctMeetings(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> Objects.requireNonNullElse(o.meetingId(), o.outcomeId())).distinct().count();
    }

    public static Set<Integer> yearsOfCommitments(Collection<Commitment> commitments) {
        return commitments.stream().flatMap(c -> c.years().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    public static CommitmentFigures commitments(Collection<Commitment> commitments, int year) {
        int count = 0;
        Map<String, Map<String, BigDecimal>> byType = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> byObjective = new TreeMap<>();
        Map<String, CommitmentFigures.Donor> donors = new TreeMap<>();
        for (Commitment c : commitments) {
            BigDecimal part = c.amountByYear().get(year);
            if (part == null) {
                continue;
            }
            count++;
            add(byType, c.type().name(), c.currency(), part);
            add(byObjective, Objects.requireNonNullElse(c.objective(), OutcomeFigures.UNSPECIFIED), c.currency(), part);
            String donorKey = Objects.requireNonNullElse(c.donorOrganisationId(), "?" + c.donorName());
            CommitmentFigures.Donor donor = donors.computeIfAbsent(donorKey,
                    k -> new CommitmentFigures.Donor(c.donorOrganisationId(), c.donorName(), new TreeMap<>()));
            add(donor.byTypeAndCurrency(), c.type().name(), c.currency(), part);
        }
        return new CommitmentFigures(count, byType, byObjective, List.copyOf(donors.values()));
    }

    private static void add(Map<String, Map<String, BigDecimal>> sums, String key, String currency, BigDecimal amount) {
        sums.computeIfAbsent(key, k -> new TreeMap<>()).merge(currency, amount, BigDecimal::add);
    }

    public static ActionPointFigures actionPoints(Collection<ActionPoint> points) {
        int open = 0;
        int inProgress = 0;
        int done = 0;
        int dropped = 0;
        Integer[] opened = {0, 0, 0, 0};
        Integer[] doneByQuarter = {0, 0, 0, 0};
        List<Long> daysToClose = new ArrayList<>();
        Map<String, Integer> openByDue = new HashMap<>();
        for (ActionPoint point : points) {
            int quarter = quarterOf(point.openedOn());
            opened[quarter]++;
            switch (point.status()) {
                case OPEN -> open++;
                case IN_PROGRESS -> inProgress++;
                case DONE -> {
                    done++;
                    doneByQuarter[quarter]++;
                    if (point.closedOn() != null) {
                        daysToClose.add(ChronoUnit.DAYS.between(point.openedOn(), point.closedOn()));
                    }
                }
                case DROPPED -> dropped++;
            }
            if (point.status().isOpen()) {
                openByDue.merge(point.dueDate() == null ? ActionPointFigures.NO_DUE_DATE : point.dueDate().toString(), 1,
                        Integer::sum);
            }
        }
        return new ActionPointFigures(points.size(), open, inProgress, done, dropped, List.of(opened),
                List.of(doneByQuarter), Ratios.median(daysToClose), openByDue);
    }

    public static NotificationFigures notifications(Collection<NotificationOutcome> outcomes) {
        Map<String, Integer> sent = new TreeMap<>();
        Map<String, Integer> failed = new TreeMap<>();
        for (NotificationOutcome outcome : outcomes) {
            (outcome.sent() ? sent : failed).merge(outcome.channel(), 1, Integer::sum);
        }
        return new NotificationFigures(sent, failed);
    }

    private static int sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
