package org.mineaction.notification.recipients;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.recipients.domain.Recipient;
import org.mineaction.notification.recipients.persistence.RecipientStore;
import org.mineaction.notification.sms.SmsMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The directory of recipients, kept from the member delivery events: whom to send to, where, and
 * what they want to receive. Idempotent and newer-event-wins; an erasure is final and also cancels
 * whatever was still to be sent to the member.
 *
 * <p>Events of one country arrive in order on one partition and one consumer, so reading the
 * current state before the conditional write cannot race with another writer of that member.
 */
@Service
public class Recipients {

    /** The reason kept with every message cancelled by an erasure. */
    public static final String ERASED_REASON = "member erased";

    private static final Logger log = LoggerFactory.getLogger(Recipients.class);

    private final RecipientStore store;
    private final Notifications emails;
    private final SmsMessages sms;

    Recipients(RecipientStore store, Notifications emails, SmsMessages sms) {
        this.store = store;
        this.emails = emails;
        this.sms = sms;
    }

    /** A member joined or was updated: a replayed or out-of-date event leaves the directory as it is. */
    public void reachable(Recipient recipient, EventStamp stamp) {
        Optional<Recipient> current = store.find(recipient.memberId());
        if (current.isPresent() && !current.get().mayBeReplacedBy(recipient)) {
            log.info("Event {} about erased member {} ignored: an erasure is final", stamp.eventId(),
                    recipient.memberId());
            return;
        }
        save(recipient, stamp);
    }

    /** A member left: they keep their contact data for the record but receive nothing more. */
    public void left(String memberId, CountryCode countryCode, EventStamp stamp) {
        Optional<Recipient> current = store.find(memberId);
        if (current.isPresent() && current.get().isErased()) {
            log.info("Event {} about erased member {} ignored: an erasure is final", stamp.eventId(), memberId);
            return;
        }
        save(current.map(Recipient::left).orElseGet(() -> Recipient.leftUnknown(memberId, countryCode)), stamp);
    }

    /**
     * A member's personal data was erased: their contact data goes whatever the order of events
     * (privacy does not wait for the newest stamp), their queued e-mails and SMS are cancelled, and
     * no message of theirs keeps an address or content. Repeating it changes nothing.
     */
    public void erased(String memberId, CountryCode countryCode, EventStamp stamp) {
        store.erase(Recipient.erased(memberId, countryCode), stamp);
        emails.forgetMember(memberId, ERASED_REASON);
        sms.forgetMember(memberId, ERASED_REASON);
        log.info("Member {} of {} erased as of event {}", memberId, countryCode, stamp.eventId());
    }

    public Optional<Recipient> find(String memberId) {
        return store.find(memberId);
    }

    /** The platform's invited and active members. */
    public List<Recipient> ofPlatform(String countryCode) {
        return store.reachableOf(countryCode, null);
    }

    /** The platform's invited and active members holding one of {@code roles} (e.g. SECRETARIAT). */
    public List<Recipient> withRole(String countryCode, Set<String> roles) {
        return store.reachableOf(countryCode, roles);
    }

    /** Those of {@code memberIds} known here; whether each may receive is theirs to say. */
    public List<Recipient> findAll(Collection<String> memberIds) {
        return memberIds.isEmpty() ? List.of() : store.findAll(memberIds);
    }

    private void save(Recipient recipient, EventStamp stamp) {
        if (store.saveIfNewer(recipient, stamp)) {
            log.info("Recipient {} of {} is {} as of event {}", recipient.memberId(), recipient.countryCode(),
                    recipient.status(), stamp.eventId());
        } else {
            log.info("Event {} about member {} is a replay or older than what is known: ignored", stamp.eventId(),
                    recipient.memberId());
        }
    }
}
