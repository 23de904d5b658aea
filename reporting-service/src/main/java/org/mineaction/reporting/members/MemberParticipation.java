package org.mineaction.reporting.members;

import java.util.Optional;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.reporting.members.domain.Participant;
import org.mineaction.reporting.members.domain.Participation;
import org.mineaction.reporting.members.persistence.ParticipantStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Who takes part in each national platform, in aggregate: kept per member from the public member
 * events (categories only, newer event wins), counted on read. Erasure keeps the member counted by
 * category and drops their self-declared data.
 *
 * <p>Events of one country arrive in order on one partition and one consumer, so reading the
 * current state before the conditional write cannot race with another writer of that member.
 */
@Service
public class MemberParticipation {

    private static final Logger log = LoggerFactory.getLogger(MemberParticipation.class);

    private final ParticipantStore store;

    MemberParticipation(ParticipantStore store) {
        this.store = store;
    }

    /** A member joined, changed or left: a replayed or out-of-date event changes nothing. */
    public void apply(Participant participant, EventStamp stamp) {
        Optional<Participant> current = store.find(participant.memberId());
        if (current.isPresent() && !current.get().mayBeReplacedBy(participant)) {
            log.info("Event {} about erased member {} ignored: an erasure is final", stamp.eventId(),
                    participant.memberId());
            return;
        }
        if (store.saveIfNewer(participant, stamp)) {
            log.info("Member {} of {} counted as {} as of event {}", participant.memberId(),
                    participant.countryCode(), participant.status(), stamp.eventId());
        } else {
            log.info("Event {} about member {} is a replay or older than what is known: ignored", stamp.eventId(),
                    participant.memberId());
        }
    }

    /**
     * A member's personal data was erased: they stay counted by category, role and component, and
     * their self-declared data goes whatever the order of events.
     */
    public void erased(Participant participant, EventStamp stamp) {
        store.erase(participant.erased(), stamp);
        log.info("Member {} of {} erased as of event {}: counted by category only", participant.memberId(),
                participant.countryCode(), stamp.eventId());
    }

    /** The members of a platform as kept for counting (categories and self-declared data, never a name). */
    public java.util.List<Participant> participants(CountryCode countryCode) {
        return store.findByCountry(countryCode);
    }

    public Participation of(CountryCode countryCode) {
        return Participation.of(countryCode, store.findByCountry(countryCode));
    }
}
