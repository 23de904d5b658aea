package org.mineaction.meeting.commitments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.meeting.commitments.domain.Commitment;
import org.mineaction.meeting.commitments.domain.CommitmentType;
import org.mineaction.meeting.commitments.domain.Money;
import org.mineaction.meeting.commitments.messaging.CommitmentEvents;
import org.mineaction.meeting.commitments.persistence.CommitmentStore;
import org.mineaction.meeting.meetings.Meetings;
import org.mineaction.meeting.outcomes.Outcomes;
import org.mineaction.meeting.outcomes.domain.OutcomeKind;
import org.mineaction.meeting.shared.Changes;
import org.mineaction.meeting.shared.Changes.Change;
import org.mineaction.meeting.shared.domain.Checks;
import org.mineaction.meeting.shared.domain.Objective;
import org.mineaction.meeting.shared.domain.Versioned;
import org.springframework.stereotype.Service;

/** Financial and other commitments to a platform's work, for reporting. */
@Service
public class Commitments {

    /** What a commitment says, as given by a client. */
    public record Terms(String donorOrganisationId, String donorName, String recipient, Objective objective,
            CommitmentType type, Money money, List<Integer> years, String challengeId) {
    }

    private final CommitmentStore store;
    private final CommitmentEvents events;
    private final Outcomes outcomes;
    private final Meetings meetings;
    private final Clock clock;

    Commitments(CommitmentStore store, CommitmentEvents events, Outcomes outcomes, Meetings meetings, Clock clock) {
        this.store = store;
        this.events = events;
        this.outcomes = outcomes;
        this.meetings = meetings;
        this.clock = clock;
    }

    public Versioned<Commitment> record(String country, String meetingId, Terms terms, String by) {
        String code = Checks.country(country);
        if (meetingId != null) {
            meetings.get(code, meetingId);
        }
        requireChallenge(code, terms.challengeId());
        Instant now = clock.instant();
        Commitment commitment = new Commitment(UUID.randomUUID().toString(), code, terms.donorOrganisationId(),
                terms.donorName(), terms.recipient(), terms.objective(), terms.type(), terms.money(), terms.years(),
                terms.challengeId(), meetingId, by, now, now);
        store.insert(commitment, List.of(events.recorded(commitment)));
        return new Versioned<>(commitment, 0);
    }

    public Versioned<Commitment> revise(String country, String id, long basedOn, Terms terms) {
        String code = Checks.country(country);
        requireChallenge(code, terms.challengeId());
        return Changes.basedOn(basedOn, () -> get(code, id), store::update, before -> {
            Commitment after = before.revise(terms.donorOrganisationId(), terms.donorName(), terms.recipient(),
                    terms.objective(), terms.type(), terms.money(), terms.years(), terms.challengeId(),
                    clock.instant());
            return Change.of(after, events.recorded(after));
        });
    }

    public Versioned<Commitment> get(String country, String id) {
        return store.find(Checks.country(country), id)
                .orElseThrow(() -> new NotFoundException("No commitment " + id + " on the platform of " + country));
    }

    public List<Versioned<Commitment>> list(String country, Integer year, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInputException("size", "page >= 0 and size 1 to 200");
        }
        return store.list(Checks.country(country), year, page, size);
    }

    private void requireChallenge(String country, String challengeId) {
        if (challengeId == null) {
            return;
        }
        OutcomeKind kind;
        try {
            kind = outcomes.get(country, challengeId).state().kind();
        } catch (NotFoundException e) {
            throw new InvalidInputException("challengeId", "no challenge or need " + challengeId + " on this platform");
        }
        if (kind != OutcomeKind.CHALLENGE && kind != OutcomeKind.NEED) {
            throw new InvalidInputException("challengeId", "must name a challenge or a need, not a " + kind);
        }
    }
}
