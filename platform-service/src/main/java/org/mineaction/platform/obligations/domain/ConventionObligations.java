package org.mineaction.platform.obligations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * What the Convention asks of a country and what it did: entry into force, the Article 5 deadline
 * with its extensions, Article 7 reports per year, individualised-approach sessions. Every change
 * returns a new value.
 *
 * @param entryIntoForce null until known
 * @param article5       null for a State without a clearance obligation
 */
public record ConventionObligations(LocalDate entryIntoForce, Article5 article5, List<Article7Report> article7Reports,
        List<IndividualisedApproachSession> sessions) {

    /** The initial Article 7 report is due 180 days after entry into force. */
    public static final int INITIAL_REPORT_DAYS = 180;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SESSIONS = 500;
    public static final ConventionObligations NONE = new ConventionObligations(null, null, List.of(), List.of());

    public ConventionObligations {
        article7Reports = article7Reports == null ? List.of()
                : article7Reports.stream().sorted(Comparator.comparingInt(Article7Report::reportYear)).toList();
        sessions = sessions == null ? List.of()
                : sessions.stream().sorted(Comparator.comparing(IndividualisedApproachSession::heldOn)).toList();
    }

    public LocalDate article7InitialDueDate() {
        return entryIntoForce == null ? null : entryIntoForce.plusDays(INITIAL_REPORT_DAYS);
    }

    /**
     * Sets entry into force and the Article 5 obligation; the extension history stays. A missing
     * original deadline means no clearance obligation (and no extensions).
     */
    public ConventionObligations withBasics(String entryIntoForceRaw, String originalDeadlineRaw, String completedOnRaw) {
        LocalDate eif = Dates.parse("entryIntoForce", entryIntoForceRaw, false);
        LocalDate original = Dates.parse("article5.originalDeadline", originalDeadlineRaw, false);
        LocalDate completed = Dates.parse("article5.completedOn", completedOnRaw, false);
        if (original == null) {
            if (completed != null) {
                throw new InvalidInputException("article5.originalDeadline", "is required with a completion date");
            }
            if (article5 != null && !article5.extensions().isEmpty()) {
                throw new InvalidInputException("article5.originalDeadline",
                        "cannot be removed while extensions are recorded");
            }
            return new ConventionObligations(eif, null, article7Reports, sessions);
        }
        if (eif != null && !original.isAfter(eif)) {
            throw new InvalidInputException("article5.originalDeadline", "must be after entry into force");
        }
        List<Article5Extension> extensions = article5 == null ? List.of() : article5.extensions();
        if (!extensions.isEmpty() && !extensions.getFirst().previousDeadline().equals(original)) {
            // The history starts from the original deadline: keep the chain consistent.
            List<Article5Extension> rebased = new ArrayList<>(extensions);
            Article5Extension first = rebased.getFirst();
            if (!first.newDeadline().isAfter(original)) {
                throw new InvalidInputException("article5.originalDeadline",
                        "must be before the first extension's new deadline " + first.newDeadline());
            }
            rebased.set(0, new Article5Extension(original, first.newDeadline(), first.grantedOn(), first.decidedBy()));
            extensions = rebased;
        }
        return new ConventionObligations(eif, new Article5(original, extensions, completed), article7Reports, sessions);
    }

    /** Records an extension of the Article 5 deadline; the new deadline must be later than the current one. */
    public ConventionObligations withExtension(String newDeadlineRaw, String grantedOnRaw, String decidedBy) {
        if (article5 == null) {
            throw new InvalidInputException("article5", "set the original Article 5 deadline first");
        }
        LocalDate newDeadline = Dates.parse("newDeadline", newDeadlineRaw, true);
        LocalDate grantedOn = Dates.parse("grantedOn", grantedOnRaw, true);
        if (!newDeadline.isAfter(article5.currentDeadline())) {
            throw new InvalidInputException("newDeadline", "must be after the current deadline " + article5.currentDeadline());
        }
        String decided = text("decidedBy", decidedBy);
        List<Article5Extension> extensions = new ArrayList<>(article5.extensions());
        extensions.add(new Article5Extension(article5.currentDeadline(), newDeadline, grantedOn, decided));
        return new ConventionObligations(entryIntoForce, new Article5(article5.originalDeadline(), extensions,
                article5.completedOn()), article7Reports, sessions);
    }

    /** Records an individualised-approach session. */
    public ConventionObligations withSession(String heldOnRaw, String title, String meetingId) {
        if (sessions.size() >= MAX_SESSIONS) {
            throw new InvalidInputException("sessions", "at most " + MAX_SESSIONS + " sessions");
        }
        LocalDate heldOn = Dates.parse("heldOn", heldOnRaw, true);
        String meeting = meetingId == null || meetingId.isBlank() ? null : meetingId.strip();
        if (meeting != null && meeting.length() > 64) {
            throw new InvalidInputException("meetingId", "must be a meeting id");
        }
        List<IndividualisedApproachSession> all = new ArrayList<>(sessions);
        all.add(new IndividualisedApproachSession(UUID.randomUUID().toString(), heldOn, text("title", title), meeting));
        return new ConventionObligations(entryIntoForce, article5, article7Reports, all);
    }

    /**
     * Records (or corrects) when the report on a calendar year was submitted. The due date follows
     * from the year, or for the initial report from entry into force; a date in the future is refused.
     */
    public ConventionObligations withArticle7(int reportYear, boolean initial, String submittedOnRaw, LocalDate today) {
        if (reportYear < 1997 || reportYear > today.getYear()) {
            throw new InvalidInputException("reportYear", "must be a calendar year from 1997 to " + today.getYear());
        }
        LocalDate submittedOn = Dates.parse("submittedOn", submittedOnRaw, true);
        if (submittedOn.isAfter(today)) {
            throw new InvalidInputException("submittedOn", "cannot be in the future");
        }
        LocalDate due;
        if (initial) {
            if (entryIntoForce == null) {
                throw new InvalidInputException("initial", "set the entry into force first: the initial report is due 180 days after it");
            }
            due = article7InitialDueDate();
        } else {
            due = Article7Report.annualDueDate(reportYear);
        }
        List<Article7Report> reports = new ArrayList<>(article7Reports.stream()
                .filter(report -> report.reportYear() != reportYear).toList());
        reports.add(new Article7Report(reportYear, initial, due, submittedOn));
        return new ConventionObligations(entryIntoForce, article5, reports, sessions);
    }

    public Article7Report article7(int reportYear) {
        return article7Reports.stream().filter(report -> report.reportYear() == reportYear).findFirst().orElseThrow();
    }

    private static String text(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.strip().length() > MAX_TITLE) {
            throw new InvalidInputException(field, "must be at most " + MAX_TITLE + " characters");
        }
        return raw.strip();
    }
}
