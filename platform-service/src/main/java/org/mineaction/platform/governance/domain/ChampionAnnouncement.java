package org.mineaction.platform.governance.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which champion term the suite was last told about, so each change of today's champion is
 * announced once: by the scheduled job when a term begins, or at once when the lead changes the schedule.
 *
 * @param announced the term last announced; null when none was, or the last announcement was "no champion"
 */
public record ChampionAnnouncement(ChampionTerm announced) {

    public static final ChampionAnnouncement NOTHING = new ChampionAnnouncement(null);

    /** The term to announce on that day, if today's champion differs from the one announced. */
    public Optional<Change> due(ChampionArrangement arrangement, LocalDate today) {
        ChampionTerm current = arrangement.current(today).orElse(null);
        if (sameChampionAndTerm(current, announced)) {
            return Optional.empty();
        }
        return Optional.of(new Change(arrangement.mode(), current, announced));
    }

    /**
     * A change of champion to announce.
     *
     * @param current  the term beginning (null: no champion now)
     * @param previous the term announced before (null: none)
     */
    public record Change(ChampionMode mode, ChampionTerm current, ChampionTerm previous) {

        public ChampionAnnouncement after() {
            return new ChampionAnnouncement(current);
        }
    }

    private static boolean sameChampionAndTerm(ChampionTerm a, ChampionTerm b) {
        if (a == null || b == null) {
            return a == b;
        }
        // An edit that only moves the end of the running term is no rotation.
        return a.organisationId().equals(b.organisationId()) && a.from().equals(b.from());
    }
}
