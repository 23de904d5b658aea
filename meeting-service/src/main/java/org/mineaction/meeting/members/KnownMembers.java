package org.mineaction.meeting.members;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.meeting.members.domain.KnownMember;
import org.mineaction.meeting.members.persistence.KnownMemberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The members of every platform meeting-service knows of, kept up to date from the public member
 * events so that meetings can be prepared for them while platform-service is unreachable. Holds no
 * contact data; an erased member keeps only what aggregates need.
 */
@Service
public class KnownMembers {

    private static final Logger log = LoggerFactory.getLogger(KnownMembers.class);

    private final KnownMemberStore store;

    KnownMembers(KnownMemberStore store) {
        this.store = store;
    }

    /**
     * Records what a member event says (joined, updated, left or erased). A replayed or out-of-date
     * event leaves the replica as it is, and nothing brings an erased member's data back.
     *
     * <p>Events of one country arrive in order on one partition and one consumer, so reading the
     * current state before the conditional write cannot race with another writer of that member.
     */
    public void apply(KnownMember member, EventStamp stamp) {
        if (member.isErased()) {
            // Privacy does not wait for the newest stamp: an erasure wins even over a later-stamped update.
            store.erase(member, stamp);
            log.info("Member {} of {} erased as of event {}", member.memberId(), member.countryCode(),
                    stamp.eventId());
            return;
        }
        Optional<KnownMember> current = store.find(member.memberId());
        if (current.isPresent() && !current.get().mayBeReplacedBy(member)) {
            log.info("Event {} about erased member {} ignored: an erasure is final", stamp.eventId(),
                    member.memberId());
            return;
        }
        if (store.saveIfNewer(member, stamp)) {
            log.info("Member {} of {} is {} as of event {}", member.memberId(), member.countryCode(), member.status(),
                    stamp.eventId());
        } else {
            log.info("Event {} about member {} is a replay or older than what is known: ignored", stamp.eventId(),
                    member.memberId());
        }
    }

    /** The members of a country's platform who may be invited: not left, not erased. */
    public List<KnownMember> current(String country) {
        return store.current(country);
    }

    /** The members of this country among {@code memberIds}, whatever their status, by id. */
    public Map<String, KnownMember> of(String country, Collection<String> memberIds) {
        Map<String, KnownMember> found = new HashMap<>();
        store.findAll(memberIds).stream().filter(member -> member.countryCode().value().equals(country))
                .forEach(member -> found.put(member.memberId(), member));
        return found;
    }

    public Optional<KnownMember> find(String memberId) {
        return store.find(memberId);
    }
}
