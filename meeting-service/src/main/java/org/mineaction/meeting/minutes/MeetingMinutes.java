package org.mineaction.meeting.minutes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.meeting.actions.ActionPoints;
import org.mineaction.meeting.actions.domain.ActionPoint;
import org.mineaction.meeting.meetings.Meetings;
import org.mineaction.meeting.meetings.domain.Confidentiality;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.meetings.domain.MeetingStatus;
import org.mineaction.meeting.members.KnownMembers;
import org.mineaction.meeting.members.domain.KnownMember;
import org.mineaction.meeting.minutes.domain.Minutes;
import org.mineaction.meeting.minutes.messaging.MinutesEvents;
import org.mineaction.meeting.minutes.pdf.MinutesPdf;
import org.mineaction.meeting.minutes.pdf.MinutesReport;
import org.mineaction.meeting.minutes.persistence.MinutesStore;
import org.mineaction.meeting.organisations.KnownOrganisations;
import org.mineaction.meeting.outcomes.Outcomes;
import org.mineaction.meeting.outcomes.domain.Outcome;
import org.mineaction.meeting.outcomes.domain.OutcomeKind;
import org.mineaction.meeting.shared.Changes;
import org.mineaction.meeting.shared.Changes.Change;
import org.mineaction.meeting.shared.domain.Checks;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.domain.Viewer;
import org.springframework.stereotype.Service;

/**
 * The minutes workflow of a held meeting: the secretariat drafts and submits, the lead returns
 * with comments or approves; approval freezes the version, closes the meeting and circulates the
 * minutes (event). Exported as PDF, without attribution under the Chatham House Rule.
 */
@Service
public class MeetingMinutes {

    private final MinutesStore store;
    private final MinutesEvents events;
    private final Meetings meetings;
    private final Outcomes outcomes;
    private final ActionPoints actionPoints;
    private final KnownMembers members;
    private final KnownOrganisations knownOrganisations;
    private final MinutesPdf pdf;
    private final Clock clock;

    MeetingMinutes(MinutesStore store, MinutesEvents events, Meetings meetings, Outcomes outcomes,
            ActionPoints actionPoints, KnownMembers members, KnownOrganisations knownOrganisations, MinutesPdf pdf,
            Clock clock) {
        this.store = store;
        this.events = events;
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.actionPoints = actionPoints;
        this.members = members;
        this.knownOrganisations = knownOrganisations;
        this.pdf = pdf;
        this.clock = clock;
    }

    public Versioned<Minutes> get(String country, String meetingId) {
        return store.find(Checks.country(country), meetingId)
                .orElseThrow(() -> new NotFoundException("Meeting " + meetingId + " has no minutes yet"));
    }

    /** The minutes as this viewer may read them: members see approved minutes only, organisers every draft. */
    public Versioned<Minutes> get(String country, String meetingId, Viewer viewer) {
        meetings.get(country, meetingId, viewer);
        Versioned<Minutes> minutes = get(country, meetingId);
        if (!viewer.organiser() && !minutes.state().isApproved()) {
            throw new NotFoundException("Meeting " + meetingId + " has no approved minutes yet");
        }
        return minutes;
    }

    /** Drafts the minutes (first time, no version needed) or changes the draft (based on its version). */
    public Versioned<Minutes> write(String country, String meetingId, Long basedOn, String text, String by) {
        Meeting meeting = meetings.get(country, meetingId).state();
        if (store.find(meeting.country(), meetingId).isEmpty()) {
            if (meeting.status() != MeetingStatus.HELD) {
                throw new ConflictException("meeting-status", "Minutes are drafted once the meeting is held");
            }
            Minutes draft = Minutes.draft(meetingId, meeting.country(), text, by, clock.instant());
            store.insert(draft, List.of());
            return new Versioned<>(draft, 0);
        }
        long version = Checks.required("version", basedOn);
        return Changes.basedOn(version, () -> get(country, meetingId), store::update,
                before -> Change.silent(before.edit(text, by, clock.instant())));
    }

    public Versioned<Minutes> submit(String country, String meetingId, long basedOn, String by) {
        return Changes.basedOn(basedOn, () -> get(country, meetingId), store::update, before -> {
            Instant now = clock.instant();
            Minutes after = before.submit(by, now);
            return Change.of(after, events.submitted(after, now));
        });
    }

    public Versioned<Minutes> returnWith(String country, String meetingId, long basedOn, List<String> comments,
            String by) {
        return Changes.basedOn(basedOn, () -> get(country, meetingId), store::update, before -> {
            Instant now = clock.instant();
            Minutes after = before.returnWith(comments, by, now);
            return Change.of(after, events.returned(after, by, now));
        });
    }

    /** Approves the submitted version: frozen, circulated to the recipients, and the meeting closed. */
    public Versioned<Minutes> approve(String country, String meetingId, long basedOn, String by) {
        Meeting meeting = meetings.get(country, meetingId).state();
        if (meeting.status() != MeetingStatus.HELD) {
            throw new ConflictException("meeting-status", "Only the minutes of a held meeting can be approved");
        }
        List<String> recipients = recipients(meeting);
        int decisions = (int) outcomes.ofMeeting(country, meetingId).stream()
                .filter(o -> o.state().kind() == OutcomeKind.DECISION).count();
        int actions = actionPointsOf(meeting).size();
        Versioned<Minutes> approved = Changes.basedOn(basedOn, () -> get(country, meetingId), store::update,
                before -> {
                    Minutes after = before.approve(by, clock.instant());
                    return Change.of(after, events.approved(after, meeting, recipients, decisions, actions));
                });
        meetings.close(meeting.country(), meetingId);
        return approved;
    }

    /** The PDF of the minutes as they stand (the approved version once approved). */
    public byte[] pdf(String country, String meetingId, Viewer viewer) {
        Minutes minutes = get(country, meetingId, viewer).state();
        Meeting meeting = meetings.get(country, meetingId).state();
        return pdf.render(report(meeting, minutes));
    }

    private MinutesReport report(Meeting meeting, Minutes minutes) {
        List<MinutesReport.OrganisationLine> organisations = new ArrayList<>();
        List<MinutesReport.GuestLine> guests = new ArrayList<>();
        if (meeting.attendance() != null) {
            Map<String, KnownMember> attending = members.of(meeting.country(), meeting.attendance().memberIds());
            Map<String, List<KnownMember>> byOrganisation = new LinkedHashMap<>();
            attending.values().stream().sorted(Comparator.comparing(m -> String.valueOf(m.organisationId())))
                    .forEach(m -> byOrganisation.computeIfAbsent(
                            m.organisationId() == null ? "(erased member)" : m.organisationId(),
                            k -> new ArrayList<>()).add(m));
            Map<String, String> names = organisations(meeting.country(), byOrganisation.keySet());
            byOrganisation.forEach((organisation, people) -> organisations.add(new MinutesReport.OrganisationLine(
                    names.getOrDefault(organisation, organisation), people.getFirst().stakeholderCategory() == null
                            ? null : people.getFirst().stakeholderCategory().name(), people.size())));
            meeting.attendance().guests().forEach(g -> guests.add(new MinutesReport.GuestLine(g.name(),
                    g.organisation(), g.category().name())));
        }
        List<MinutesReport.OutcomeLine> outcomeLines = outcomes.ofMeeting(meeting.country(), meeting.id()).stream()
                .map(Versioned::state).map(o -> line(o)).toList();
        List<ActionPoint> points = actionPointsOf(meeting);
        Map<String, String> owners = organisations(meeting.country(), points.stream()
                .map(a -> a.owner().organisationId()).filter(java.util.Objects::nonNull).toList());
        List<MinutesReport.ActionLine> actionLines = points.stream()
                .map(a -> new MinutesReport.ActionLine(a.description(), a.owner().memberId() != null
                        ? "member " + a.owner().memberId()
                        : owners.getOrDefault(a.owner().organisationId(), a.owner().organisationId()),
                        a.dueDate(), a.status().name()))
                .toList();
        String status = minutes.isApproved() ? "Version " + minutes.version() + ", approved "
                + minutes.approvedAt().atZone(meeting.schedule().zone()).toLocalDate()
                : "Draft (" + minutes.status().name().toLowerCase(java.util.Locale.ROOT) + "), not approved";
        return new MinutesReport(meetings.platformName(meeting.country()), meeting.details().title(),
                meeting.details().type().name(), meeting.details().objective().name(),
                meeting.schedule().localStart(), meeting.schedule().place(),
                meeting.details().confidentiality() == Confidentiality.CHATHAM_HOUSE, status,
                meeting.agenda().stream().map(item -> item.title()
                        + (item.presenter() == null ? "" : " (" + item.presenter() + ")")
                        + " - " + item.durationMinutes() + " min").toList(),
                organisations, guests, minutes.text(), outcomeLines, actionLines);
    }

    /** Organisation names where the replica knows them; ids stand in for the others. */
    private Map<String, String> organisations(String country, java.util.Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : knownOrganisations.names(country, ids);
    }

    private static MinutesReport.OutcomeLine line(Outcome outcome) {
        return new MinutesReport.OutcomeLine(outcome.kind().name(), outcome.topic(), outcome.text(),
                outcome.attribution(), outcome.carriedToArticle7());
    }

    private List<ActionPoint> actionPointsOf(Meeting meeting) {
        return actionPoints.list(meeting.country(), meeting.id(), null, 0, 200).stream().map(Versioned::state)
                .toList();
    }

    /**
     * Who the approved minutes go to: every current member when the meeting was open to members,
     * only those invited or present when it was restricted to listed participants.
     */
    private List<String> recipients(Meeting meeting) {
        Set<String> recipients = new LinkedHashSet<>();
        if (meeting.details().confidentiality() == Confidentiality.LISTED_PARTICIPANTS) {
            recipients.addAll(meeting.invitedIds());
            if (meeting.attendance() != null) {
                recipients.addAll(meeting.attendance().memberIds());
            }
        } else {
            members.current(meeting.country()).forEach(member -> recipients.add(member.memberId()));
        }
        return List.copyOf(recipients);
    }
}
