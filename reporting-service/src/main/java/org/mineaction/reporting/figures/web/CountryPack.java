package org.mineaction.reporting.figures.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineaction.reporting.figures.FigureReports;
import org.mineaction.reporting.figures.domain.Commitment;
import org.mineaction.reporting.figures.domain.ExchangeRates;
import org.mineaction.reporting.figures.domain.Meeting;
import org.mineaction.reporting.figures.domain.Obligations;
import org.mineaction.reporting.figures.domain.Outcome;
import org.mineaction.reporting.figures.domain.ReportFilter;

/**
 * The "individualised approach" pack of one country in one JSON document: its platform, its
 * obligations and Article 7 record, every meeting (dates, status, how many attended; never who),
 * the challenges, needs, priorities and decisions with how often each came up, the commitments
 * (donor organisations, never people) and the yearly figures.
 */
final class CountryPack {

    private CountryPack() {
    }

    static Map<String, Object> of(FigureReports.Pack pack, LocalDate today, ExchangeRates rates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("generatedOn", today);
        body.put("platform", Views.country(pack.profile(), today));
        body.put("obligations", obligations(pack.profile().obligations()));
        body.put("article7Reports", pack.profile().article7().values().stream()
                .sorted(Comparator.comparingInt(r -> r.reportYear()))
                .map(r -> Map.of("reportYear", r.reportYear(), "dueDate", String.valueOf(r.dueDate()),
                        "submittedOn", String.valueOf(r.submittedOn()), "onTime", r.onTime()))
                .toList());
        body.put("meetings", pack.record().meetings().values().stream()
                .filter(m -> m.day() != null).sorted(Comparator.comparing(Meeting::day))
                .map(CountryPack::meeting).toList());
        body.put("outcomes", outcomes(pack.record().outcomes().values()));
        body.put("commitments", pack.record().commitments().values().stream()
                .sorted(Comparator.comparing(Commitment::recordedOn).thenComparing(Commitment::commitmentId))
                .map(CountryPack::commitment).toList());
        ReportFilter everything = new ReportFilter(Optional.empty(), ReportParameters.FIRST_YEAR, 9999,
                Optional.empty());
        Views.Context context = new Views.Context(today, rates, everything);
        body.put("years", pack.years().stream().map(f -> Views.year(pack.profile(), f, context, true)).toList());
        return body;
    }

    private static Map<String, Object> obligations(Obligations o) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (o == null) {
            return view;
        }
        view.put("entryIntoForce", o.entryIntoForce());
        view.put("article5OriginalDeadline", o.article5OriginalDeadline());
        view.put("article5CurrentDeadline", o.article5CurrentDeadline());
        view.put("article5Extensions", o.article5Extensions());
        view.put("article5CompletedOn", o.article5CompletedOn());
        view.put("individualisedApproachSessions", o.individualisedApproachSessions());
        return view;
    }

    private static Map<String, Object> meeting(Meeting m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("meetingId", m.meetingId());
        view.put("kind", m.kind());
        view.put("objective", m.objective());
        view.put("date", m.day());
        view.put("status", m.isHeld() ? "HELD" : m.isCancelled() ? "CANCELLED" : "SCHEDULED");
        view.put("membersAttending", m.attendees().size());
        view.put("guests", m.guestCount());
        view.put("minutesApprovedOn", m.minutesApprovedOn());
        return view;
    }

    private static List<Map<String, Object>> outcomes(java.util.Collection<Outcome> outcomes) {
        Map<String, List<Outcome>> byTopic = new LinkedHashMap<>();
        outcomes.stream().sorted(Comparator.comparing(Outcome::raisedOn).thenComparing(Outcome::outcomeId))
                .forEach(o -> byTopic.computeIfAbsent(o.kind() + "/" + o.topicKey(), k -> new ArrayList<>()).add(o));
        List<Map<String, Object>> topics = new ArrayList<>();
        byTopic.values().forEach(raised -> {
            Outcome latest = raised.getLast();
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("kind", latest.kind());
            view.put("topicKey", latest.topicKey());
            view.put("objective", latest.objective());
            view.put("summary", latest.summary());
            view.put("timesRaised", raised.size());
            view.put("firstRaisedOn", raised.getFirst().raisedOn());
            view.put("lastRaisedOn", latest.raisedOn());
            topics.add(view);
        });
        return topics;
    }

    private static Map<String, Object> commitment(Commitment c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("commitmentId", c.commitmentId());
        view.put("donorOrganisationId", c.donorOrganisationId());
        view.put("donorName", c.donorName());
        view.put("recipient", c.recipient());
        view.put("objective", c.objective());
        view.put("type", c.type());
        view.put("amount", c.amount());
        view.put("currency", c.currency());
        view.put("years", c.years());
        view.put("recordedOn", c.recordedOn());
        return view;
    }
}
