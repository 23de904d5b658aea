package org.mineaction.meeting.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.meeting.meetings.Meetings;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.meetings.domain.MeetingStatus;
import org.mineaction.meeting.outcomes.domain.Outcome;
import org.mineaction.meeting.outcomes.domain.OutcomeKind;
import org.mineaction.meeting.outcomes.messaging.OutcomeEvents;
import org.mineaction.meeting.outcomes.persistence.OutcomeStore;
import org.mineaction.meeting.shared.Changes;
import org.mineaction.meeting.shared.Changes.Change;
import org.mineaction.meeting.shared.domain.Checks;
import org.mineaction.meeting.shared.domain.Objective;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.domain.Viewer;
import org.springframework.stereotype.Service;

/** Decisions, challenges, needs and priorities recorded against a platform's meetings. */
@Service
public class Outcomes {

    private final OutcomeStore store;
    private final OutcomeEvents events;
    private final Meetings meetings;
    private final Clock clock;

    Outcomes(OutcomeStore store, OutcomeEvents events, Meetings meetings, Clock clock) {
        this.store = store;
        this.events = events;
        this.meetings = meetings;
        this.clock = clock;
    }

    public Versioned<Outcome> record(String country, String meetingId, OutcomeKind kind, Objective objective,
            String topic, String text, String attribution, boolean carriedToArticle7, String by) {
        Meeting meeting = meetings.get(country, meetingId).state();
        if (meeting.status() == MeetingStatus.DRAFT || meeting.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("meeting-status", "Outcomes are recorded for scheduled or held meetings, not a "
                    + meeting.status().name().toLowerCase(java.util.Locale.ROOT) + " one");
        }
        Instant now = clock.instant();
        Outcome outcome = new Outcome(UUID.randomUUID().toString(), meeting.country(), meetingId, kind,
                objective == null ? meeting.details().objective() : objective, topic, text, attribution,
                carriedToArticle7, by, now, now);
        store.insert(outcome, List.of(events.recorded(outcome)));
        return new Versioned<>(outcome, 0);
    }

    public Versioned<Outcome> revise(String country, String meetingId, String id, long basedOn, Objective objective,
            String topic, String text, String attribution, boolean carriedToArticle7) {
        return Changes.basedOn(basedOn, () -> get(country, meetingId, id), store::update, before -> {
            Outcome after = before.revise(objective == null ? before.objective() : objective, topic, text,
                    attribution, carriedToArticle7, clock.instant());
            return Change.of(after, events.recorded(after));
        });
    }

    public Versioned<Outcome> get(String country, String meetingId, String id) {
        return store.find(Checks.country(country), id).filter(o -> o.state().meetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("No outcome " + id + " of meeting " + meetingId));
    }

    /** An outcome of the country whatever its meeting, e.g. the challenge a commitment answers. */
    public Versioned<Outcome> get(String country, String id) {
        return store.find(Checks.country(country), id)
                .orElseThrow(() -> new NotFoundException("No outcome " + id + " on the platform of " + country));
    }

    /** The outcomes of a meeting this viewer may see. */
    public List<Versioned<Outcome>> ofMeeting(String country, String meetingId, Viewer viewer) {
        meetings.get(country, meetingId, viewer);
        return store.ofMeeting(Checks.country(country), meetingId);
    }

    public Versioned<Outcome> get(String country, String meetingId, String id, Viewer viewer) {
        meetings.get(country, meetingId, viewer);
        return get(country, meetingId, id);
    }

    public List<Versioned<Outcome>> ofMeeting(String country, String meetingId) {
        meetings.get(country, meetingId);
        return store.ofMeeting(Checks.country(country), meetingId);
    }
}
