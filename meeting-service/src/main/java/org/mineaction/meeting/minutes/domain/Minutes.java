package org.mineaction.meeting.minutes.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.minutes.domain.AuditEntry.Action;
import org.mineaction.meeting.shared.domain.Checks;

/**
 * The minutes of one meeting (same id): Markdown drafted by the secretariat, submitted, returned
 * with comments or approved by the lead. Approval freezes the version; every step is in the history.
 *
 * @param version     the latest submitted version (0 before the first submission)
 * @param comments    the comments of the latest return, to be addressed
 * @param submissions the text of every submitted version
 */
public record Minutes(String meetingId, String country, MinutesStatus status, String text, int version,
        List<ReviewComment> comments, List<Submission> submissions, List<AuditEntry> history, String approvedBy,
        Instant approvedAt) {

    public static final int MAX_TEXT = 200_000;

    public Minutes {
        text = text(text);
        comments = List.copyOf(comments);
        submissions = List.copyOf(submissions);
        history = List.copyOf(history);
    }

    public static Minutes draft(String meetingId, String country, String text, String by, Instant now) {
        String body = text(text);
        return new Minutes(meetingId, country, MinutesStatus.DRAFT, body, 0, List.of(), List.of(),
                List.of(new AuditEntry(now, by, Action.DRAFTED, 0, lines(body) + " lines")), null, null);
    }

    public Minutes edit(String newText, String by, Instant now) {
        require("edited", MinutesStatus.DRAFT, MinutesStatus.RETURNED);
        String body = text(newText);
        return next(status, body, version, comments, submissions,
                new AuditEntry(now, by, Action.EDITED, version, changeSummary(text, body)), null, null);
    }

    public Minutes submit(String by, Instant now) {
        require("submitted", MinutesStatus.DRAFT, MinutesStatus.RETURNED);
        int next = version + 1;
        List<Submission> all = new ArrayList<>(submissions);
        all.add(new Submission(next, text, by, now));
        return next(MinutesStatus.SUBMITTED, text, next, comments, all,
                new AuditEntry(now, by, Action.SUBMITTED, next, null), null, null);
    }

    public Minutes returnWith(List<String> reviewComments, String by, Instant now) {
        require("returned", MinutesStatus.SUBMITTED);
        if (reviewComments == null || reviewComments.isEmpty() || reviewComments.size() > 100) {
            throw new InvalidInputException("comments", "say what to correct: 1 to 100 comments");
        }
        List<ReviewComment> given = reviewComments.stream().map(c -> new ReviewComment(c, by, now)).toList();
        return next(MinutesStatus.RETURNED, text, version, given, submissions,
                new AuditEntry(now, by, Action.RETURNED, version, String.join(" | ", reviewComments)), null, null);
    }

    public Minutes approve(String by, Instant now) {
        require("approved", MinutesStatus.SUBMITTED);
        return next(MinutesStatus.APPROVED, text, version, List.of(), submissions,
                new AuditEntry(now, by, Action.APPROVED, version, null), by, now);
    }

    /** The submitter of the current version, to whom a return goes. */
    public String submittedBy() {
        return submissions.isEmpty() ? null : submissions.getLast().by();
    }

    public boolean isApproved() {
        return status == MinutesStatus.APPROVED;
    }

    private Minutes next(MinutesStatus newStatus, String newText, int newVersion, List<ReviewComment> newComments,
            List<Submission> newSubmissions, AuditEntry entry, String approver, Instant approved) {
        List<AuditEntry> all = new ArrayList<>(history);
        all.add(entry);
        return new Minutes(meetingId, country, newStatus, newText, newVersion, newComments, newSubmissions, all,
                approver, approved);
    }

    private void require(String action, MinutesStatus... allowed) {
        for (MinutesStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        if (status == MinutesStatus.APPROVED) {
            throw new ConflictException("minutes-approved", "Version " + version
                    + " of the minutes is approved and frozen: it cannot be " + action);
        }
        throw new ConflictException("minutes-status", "Minutes that are " + status.name().toLowerCase(java.util.Locale.ROOT)
                + " cannot be " + action);
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "the minutes need some text");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "at most " + MAX_TEXT + " characters");
        }
        return Checks.text("text", text, MAX_TEXT);
    }

    private static int lines(String text) {
        return (int) text.lines().count();
    }

    /** How many lines were added and removed (as sets of lines: enough for an audit trail). */
    static String changeSummary(String before, String after) {
        Set<String> old = new HashSet<>(before.lines().toList());
        Set<String> now = new HashSet<>(after.lines().toList());
        long added = after.lines().filter(line -> !old.contains(line)).count();
        long removed = before.lines().filter(line -> !now.contains(line)).count();
        return "+" + added + " -" + removed + " lines";
    }
}
