package org.mineaction.platform.governance.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.platform.support.domain.Enums;

/**
 * Who the platform's champion donor is, and when: one fixed organisation (one term, possibly
 * open-ended), or a rotation schedule of terms that do not overlap. Today's champion is derived
 * from the date; gaps between terms have none.
 */
public record ChampionArrangement(ChampionMode mode, List<ChampionTerm> terms) {

    public static final int MAX_TERMS = 100;
    public static final ChampionArrangement NONE = new ChampionArrangement(ChampionMode.FIXED, List.of());

    public ChampionArrangement {
        terms = terms.stream().sorted(Comparator.comparing(ChampionTerm::from)).toList();
    }

    /** A term as a client sends it. */
    public record TermDraft(String organisationId, String from, String to) {
    }

    /**
     * Checks a schedule: FIXED has one term; ROTATING has one or more, each with an end, none
     * overlapping another; every term ends on or after it starts.
     */
    public static ChampionArrangement of(String mode, List<TermDraft> drafts) {
        ChampionMode parsed = Enums.parse(ChampionMode.class, "mode", mode, true);
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidInputException("terms", "name at least one term");
        }
        if (drafts.size() > MAX_TERMS) {
            throw new InvalidInputException("terms", "at most " + MAX_TERMS + " terms");
        }
        if (parsed == ChampionMode.FIXED && drafts.size() != 1) {
            throw new InvalidInputException("terms", "a fixed champion has exactly one term");
        }
        List<ChampionTerm> terms = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            TermDraft draft = drafts.get(i);
            String field = "terms[" + i + "]";
            if (draft == null || draft.organisationId() == null || draft.organisationId().isBlank()
                    || draft.organisationId().length() > 64) {
                throw new InvalidInputException(field + ".organisationId", "must name an organisation of the platform");
            }
            LocalDate from = date(field + ".from", draft.from(), true);
            LocalDate to = date(field + ".to", draft.to(), parsed == ChampionMode.ROTATING);
            if (to != null && to.isBefore(from)) {
                throw new InvalidInputException(field + ".to", "must be on or after from");
            }
            terms.add(new ChampionTerm(draft.organisationId().strip(), from, to));
        }
        ChampionArrangement arrangement = new ChampionArrangement(parsed, terms);
        List<ChampionTerm> sorted = arrangement.terms();
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).from().isAfter(sorted.get(i - 1).to())) {
                throw new InvalidInputException("terms", "terms must not overlap: " + sorted.get(i - 1).from()
                        + ".." + sorted.get(i - 1).to() + " and " + sorted.get(i).from() + ".." + sorted.get(i).to());
            }
        }
        return arrangement;
    }

    /** The term covering the day, if any. */
    public Optional<ChampionTerm> current(LocalDate day) {
        return terms.stream().filter(term -> term.covers(day)).findFirst();
    }

    public List<String> organisationIds() {
        return terms.stream().map(ChampionTerm::organisationId).distinct().toList();
    }

    private static LocalDate date(String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "is required, as YYYY-MM-DD");
            }
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date as YYYY-MM-DD");
        }
    }
}
