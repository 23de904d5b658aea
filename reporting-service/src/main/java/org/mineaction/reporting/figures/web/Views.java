package org.mineaction.reporting.figures.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mineaction.reporting.figures.domain.ActionPointFigures;
import org.mineaction.reporting.figures.domain.AttendanceFigures;
import org.mineaction.reporting.figures.domain.CommitmentFigures;
import org.mineaction.reporting.figures.domain.CommitmentType;
import org.mineaction.reporting.figures.domain.CountryProfile;
import org.mineaction.reporting.figures.domain.ExchangeRates;
import org.mineaction.reporting.figures.domain.MeetingFigures;
import org.mineaction.reporting.figures.domain.MinutesFigures;
import org.mineaction.reporting.figures.domain.NotificationFigures;
import org.mineaction.reporting.figures.domain.OutcomeFigures;
import org.mineaction.reporting.figures.domain.OutcomeKind;
import org.mineaction.reporting.figures.domain.ReportFilter;
import org.mineaction.reporting.figures.domain.SmallCells;
import org.mineaction.reporting.figures.domain.YearFigures;
import org.mineaction.reporting.members.domain.AgeGroup;
import org.mineaction.reporting.members.domain.Gender;
import org.mineaction.reporting.members.domain.Participation;
import org.mineaction.reporting.members.domain.StakeholderCategory;

/**
 * Turns the figures into what every response shows, JSON and exports alike: ordered maps with a
 * fixed set of keys, rates worked out for the day of reading, amounts converted, and every gender,
 * age and diversity cell passed through {@link SmallCells}. Nothing here can carry a person's name,
 * e-mail or phone: the figures hold none.
 */
final class Views {

    private Views() {
    }

    /** The reading context: today, the rates and the filter. */
    record Context(LocalDate today, ExchangeRates rates, ReportFilter filter) {
    }

    static Map<String, Object> country(CountryProfile profile, LocalDate today) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("countryCode", profile.platform().countryCode());
        view.put("name", profile.platform().name());
        view.put("region", name(profile.platform().region()));
        view.put("cadence", profile.platform().cadence().name());
        view.put("focusObjective", profile.platform().focusObjective());
        view.put("lastMeetingHeldOn", profile.lastHeldOn());
        view.put("daysSinceLastMeeting",
                profile.lastHeldOn() == null ? null : ChronoUnit.DAYS.between(profile.lastHeldOn(), today));
        return view;
    }

    /** One country's year: what a table row, a dashboard year and an export row show. */
    static Map<String, Object> year(CountryProfile profile, YearFigures f, Context c, boolean detail) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("countryCode", f.countryCode());
        if (!detail) {
            view.put("name", profile.platform().name());
            view.put("region", name(profile.platform().region()));
            view.put("daysSinceLastMeeting", profile.lastHeldOn() == null ? null
                    : ChronoUnit.DAYS.between(profile.lastHeldOn(), c.today()));
        }
        view.put("year", f.year());
        view.put("meetings", meetings(f.meetings(), f.year(), c.today(), profile));
        view.put("minutes", minutes(f.minutes()));
        view.put("actionPoints", actionPoints(f.actionPoints(), c.today()));
        view.put("participation", attendance(f.attendance()));
        OutcomeFigures outcomes = f.outcomes();
        String objective = c.filter().objectiveName();
        view.put("challenges", outcomeKind(outcomes, OutcomeKind.CHALLENGE, objective));
        view.put("needs", outcomeKind(outcomes, OutcomeKind.NEED, objective));
        view.put("priorities", outcomeKind(outcomes, OutcomeKind.PRIORITY, objective));
        view.put("decisions", outcomes == null ? 0 : outcomes.count(OutcomeKind.DECISION, objective));
        if (detail) {
            view.put("topics", outcomes == null ? List.of() : outcomes.topics().stream()
                    .filter(t -> objective == null || objective.equals(t.objective())).toList());
        }
        view.put("commitments", commitments(f.commitments(), f.year(), c, detail));
        Map<String, Object> article7 = new LinkedHashMap<>();
        article7.put("dueDate", f.article7() == null ? null : f.article7().dueDate());
        article7.put("submittedOn", f.article7() == null ? null : f.article7().submittedOn());
        article7.put("onTime", f.article7() == null ? null : f.article7().onTime());
        view.put("article7", article7);
        view.put("notifications", notifications(f.notifications()));
        return view;
    }

    private static Map<String, Object> meetings(MeetingFigures m, int year, LocalDate today, CountryProfile profile) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cadence", m == null ? profile.platform().cadence().name() : m.cadence().name());
        view.put("scheduled", m == null ? 0 : m.scheduled());
        view.put("held", m == null ? 0 : m.held());
        view.put("cancelled", m == null ? 0 : m.cancelled());
        view.put("expected", m == null ? 0 : m.expected(year, today));
        view.put("periodsMet", m == null ? 0 : m.met(year, today));
        view.put("onTimeRate", m == null ? null : m.onTimeRate(year, today));
        view.put("heldByQuarter", quarters(m == null ? null : m.heldByQuarter()));
        view.put("lastHeldOn", m == null ? null : m.lastHeldOn());
        return view;
    }

    private static Map<String, Object> quarters(List<Integer> counts) {
        Map<String, Object> view = new LinkedHashMap<>();
        for (int q = 0; q < 4; q++) {
            view.put("Q" + (q + 1), counts == null ? 0 : counts.get(q));
        }
        return view;
    }

    private static Map<String, Object> minutes(MinutesFigures m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("approved", m == null ? 0 : m.approved());
        view.put("awaitingApproval", m == null ? 0 : m.awaitingApproval());
        view.put("medianCirculationDays", m == null ? null : m.medianCirculationDays());
        view.put("meanCirculationDays", m == null ? null : m.meanCirculationDays());
        view.put("longestCirculationDays", m == null ? null : m.longestCirculationDays());
        return view;
    }

    private static Map<String, Object> actionPoints(ActionPointFigures a, LocalDate today) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("opened", a == null ? 0 : a.opened());
        view.put("open", a == null ? 0 : a.open());
        view.put("inProgress", a == null ? 0 : a.inProgress());
        view.put("done", a == null ? 0 : a.done());
        view.put("dropped", a == null ? 0 : a.dropped());
        view.put("overdue", a == null ? 0 : a.overdue(today));
        view.put("completionRate", a == null ? null : a.completionRate());
        view.put("medianDaysToClose", a == null ? null : a.medianDaysToClose());
        view.put("openedByQuarter", quarters(a == null ? null : a.openedByQuarter()));
        view.put("doneByQuarter", quarters(a == null ? null : a.doneByQuarter()));
        return view;
    }

    private static Map<String, Object> attendance(AttendanceFigures a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("meetingsHeld", a == null ? 0 : a.meetingsHeld());
        view.put("memberAttendances", a == null ? 0 : a.memberAttendances());
        view.put("guestAttendances", a == null ? 0 : a.guestAttendances());
        view.put("distinctMembers", a == null ? 0 : a.distinctMembers());
        Map<String, Object> byCategory = new LinkedHashMap<>();
        for (StakeholderCategory category : StakeholderCategory.values()) {
            byCategory.put(category.name(), a == null ? 0 : a.byCategory().getOrDefault(category.name(), 0));
        }
        byCategory.put(AttendanceFigures.UNKNOWN, a == null ? 0 : a.byCategory().entrySet().stream()
                .filter(e -> !isCategory(e.getKey())).mapToInt(Map.Entry::getValue).sum());
        view.put("byCategory", byCategory);
        view.put("byGender", SmallCells.breakdown(Gender.class, a == null ? Map.of() : a.byGender(),
                a == null ? 0 : a.genderNotDeclared()));
        view.put("byAgeGroup", SmallCells.breakdown(AgeGroup.class, a == null ? Map.of() : a.byAgeGroup(),
                a == null ? 0 : a.ageGroupNotDeclared()));
        view.put("withDisability", SmallCells.cell(a == null ? 0 : a.withDisability()));
        view.put("survivors", SmallCells.cell(a == null ? 0 : a.survivors()));
        return view;
    }

    private static boolean isCategory(String name) {
        for (StakeholderCategory category : StakeholderCategory.values()) {
            if (category.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Today's members of a platform, in aggregate and suppressed like the attendance. */
    static Map<String, Object> membership(Participation p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", p.total());
        view.put("byStatus", new TreeMap<>(names(p.byStatus())));
        view.put("byStakeholderCategory", new TreeMap<>(names(p.byStakeholderCategory())));
        view.put("withoutCategory", p.withoutCategory());
        view.put("byRole", new TreeMap<>(names(p.byRole())));
        view.put("byComponent", new TreeMap<>(names(p.byComponent())));
        view.put("byGender", SmallCells.breakdown(Gender.class, names(p.byGender()), p.genderNotDeclared()));
        view.put("byAgeGroup", SmallCells.breakdown(AgeGroup.class, names(p.byAgeGroup()), p.ageGroupNotDeclared()));
        view.put("withDisability", SmallCells.cell(p.withDisability()));
        view.put("survivors", SmallCells.cell(p.survivors()));
        return view;
    }

    private static Map<String, Integer> names(Map<? extends Enum<?>, Integer> counts) {
        Map<String, Integer> named = new LinkedHashMap<>();
        counts.forEach((key, value) -> named.put(key.name(), value));
        return named;
    }

    private static Map<String, Object> outcomeKind(OutcomeFigures o, OutcomeKind kind, String objective) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", o == null ? 0 : o.count(kind, objective));
        if (kind == OutcomeKind.CHALLENGE || kind == OutcomeKind.NEED) {
            view.put("recurring", o == null ? 0 : (int) o.topics().stream()
                    .filter(t -> t.kind() == kind && t.recurring()
                            && (objective == null || objective.equals(t.objective())))
                    .count());
        }
        Map<String, Integer> byObjective = o == null ? Map.of() : o.byKindAndObjective().getOrDefault(kind.name(), Map.of());
        view.put("byObjective", objective == null ? new TreeMap<>(byObjective)
                : Map.of(objective, byObjective.getOrDefault(objective, 0)));
        return view;
    }

    private static Map<String, Object> commitments(CommitmentFigures cf, int year, Context c, boolean detail) {
        Map<String, Object> view = new LinkedHashMap<>();
        String objective = c.filter().objectiveName();
        view.put("baseCurrency", c.rates().baseCurrency());
        ExchangeRates.Converted total = ExchangeRates.NOTHING;
        if (objective == null) {
            view.put("count", cf == null ? 0 : cf.count());
            Map<String, Object> byType = new LinkedHashMap<>();
            for (CommitmentType type : CommitmentType.values()) {
                Map<String, BigDecimal> amounts = cf == null ? Map.of()
                        : cf.byTypeAndCurrency().getOrDefault(type.name(), Map.of());
                ExchangeRates.Converted converted = c.rates().convert(year, amounts);
                total = total.plus(converted);
                byType.put(type.name(), converted.amount());
            }
            view.put("convertedByType", byType);
        } else {
            Map<String, BigDecimal> amounts = cf == null ? Map.of()
                    : cf.byObjectiveAndCurrency().getOrDefault(objective, Map.of());
            total = c.rates().convert(year, amounts);
        }
        view.put("convertedTotal", total.amount());
        view.put("unconvertedCurrencies", String.join(" ", total.unconverted()));
        if (detail && cf != null) {
            view.put("byTypeAndCurrency", cf.byTypeAndCurrency());
            view.put("byObjectiveAndCurrency", cf.byObjectiveAndCurrency());
            List<Map<String, Object>> donors = new ArrayList<>();
            for (CommitmentFigures.Donor donor : cf.donors()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("donorOrganisationId", donor.donorOrganisationId());
                d.put("donorName", donor.donorName());
                d.put("byTypeAndCurrency", donor.byTypeAndCurrency());
                ExchangeRates.Converted converted = ExchangeRates.NOTHING;
                for (Map<String, BigDecimal> amounts : donor.byTypeAndCurrency().values()) {
                    converted = converted.plus(c.rates().convert(year, amounts));
                }
                d.put("convertedTotal", converted.amount());
                donors.add(d);
            }
            view.put("donors", donors);
        }
        return view;
    }

    private static Map<String, Object> notifications(NotificationFigures n) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sent", n == null ? 0 : n.sentByChannel().values().stream().mapToInt(Integer::intValue).sum());
        view.put("failed", n == null ? 0 : n.failedByChannel().values().stream().mapToInt(Integer::intValue).sum());
        view.put("sentByChannel", new TreeMap<>(n == null ? Map.of() : n.sentByChannel()));
        view.put("failedByChannel", new TreeMap<>(n == null ? Map.of() : n.failedByChannel()));
        return view;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
