package org.mineaction.meeting.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.meeting.meetings.domain.AgendaItem;
import org.mineaction.meeting.meetings.domain.Cadence;
import org.mineaction.meeting.meetings.domain.Guest;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.meetings.domain.MeetingDetails;
import org.mineaction.meeting.meetings.domain.MeetingStatus;
import org.mineaction.meeting.meetings.domain.RsvpChannel;
import org.mineaction.meeting.meetings.domain.RsvpResponse;
import org.mineaction.meeting.meetings.domain.RsvpToken;
import org.mineaction.meeting.meetings.domain.Schedule;
import org.mineaction.meeting.meetings.messaging.MeetingEvents;
import org.mineaction.meeting.meetings.messaging.MeetingEvents.Invitee;
import org.mineaction.meeting.meetings.messaging.MeetingEvents.Occasion;
import org.mineaction.meeting.meetings.persistence.MeetingStore;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.domain.Viewer;
import org.mineaction.meeting.members.KnownMembers;
import org.mineaction.meeting.members.domain.KnownMember;
import org.mineaction.meeting.members.domain.MemberStatus;
import org.mineaction.meeting.members.domain.StakeholderCategory;
import org.mineaction.meeting.platforms.KnownPlatforms;
import org.mineaction.meeting.platforms.domain.KnownPlatform;
import org.mineaction.meeting.shared.Changes;
import org.mineaction.meeting.shared.Changes.Change;
import org.mineaction.meeting.shared.domain.Checks;
import org.springframework.stereotype.Service;

/**
 * Meetings of a platform: scheduling, agenda, invitations and RSVP, attendance, cancellation.
 * Every change is stored with the events it causes in one write, and only if the meeting is still
 * at the version the change was based on.
 */
@Service
public class Meetings {

    private final MeetingStore store;
    private final MeetingEvents events;
    private final RsvpLinks links;
    private final KnownMembers members;
    private final KnownPlatforms platforms;
    private final Clock clock;

    Meetings(MeetingStore store, MeetingEvents events, RsvpLinks links, KnownMembers members,
            KnownPlatforms platforms, Clock clock) {
        this.store = store;
        this.events = events;
        this.links = links;
        this.members = members;
        this.platforms = platforms;
        this.clock = clock;
    }

    public Versioned<Meeting> create(String country, MeetingDetails details, Schedule schedule, List<AgendaItem> agenda,
            boolean scheduleNow, String by) {
        platform(country);
        Instant now = clock.instant();
        Meeting meeting = Meeting.draft(UUID.randomUUID().toString(), country, details, schedule, agenda, by, now);
        List<OutboxMessage> pending = new ArrayList<>();
        if (scheduleNow) {
            meeting = meeting.schedule(now);
            pending.add(events.scheduled(meeting));
        }
        store.insert(meeting, pending);
        return new Versioned<>(meeting, 0);
    }

    public Versioned<Meeting> get(String country, String id) {
        return store.find(Checks.country(country), id)
                .orElseThrow(() -> new NotFoundException("No meeting " + id + " on the platform of " + country));
    }

    /** A meeting as this viewer may see it: one restricted to listed participants they are not among is not found. */
    public Versioned<Meeting> get(String country, String id, Viewer viewer) {
        Versioned<Meeting> meeting = get(country, id);
        if (!meeting.state().isVisibleTo(viewer)) {
            throw new NotFoundException("No meeting " + id + " on the platform of " + country);
        }
        return meeting;
    }

    public List<Versioned<Meeting>> list(String country, MeetingStatus status, int page, int size, Viewer viewer) {
        return list(country, status, page, size).stream().filter(m -> m.state().isVisibleTo(viewer)).toList();
    }

    public List<Versioned<Meeting>> list(String country, MeetingStatus status, int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidInputException("size", "page >= 0 and size 1 to 100");
        }
        return store.list(Checks.country(country), status, page, size);
    }

    public Versioned<Meeting> edit(String country, String id, long basedOn, MeetingDetails details, Schedule schedule,
            String by) {
        return change(country, id, basedOn, before -> {
            Instant now = clock.instant();
            Meeting after = before.edit(details, schedule, by, now);
            List<OutboxMessage> pending = new ArrayList<>();
            if (after.wasRescheduledFrom(before)) {
                pending.add(events.rescheduled(after, before, now));
                if (!after.invitations().isEmpty()) {
                    pending.add(events.invitationsIssued(after, Occasion.RESCHEDULED,
                            invitees(after, after.invitedIds()), now));
                }
            }
            return new Change<>(after, pending);
        });
    }

    public Versioned<Meeting> schedule(String country, String id, long basedOn) {
        return change(country, id, basedOn, before -> {
            Meeting after = before.schedule(clock.instant());
            return new Change<>(after, List.of(events.scheduled(after)));
        });
    }

    public Versioned<Meeting> replaceAgenda(String country, String id, long basedOn, List<AgendaItem> agenda) {
        return change(country, id, basedOn, before -> new Change<>(before.replaceAgenda(agenda), List.of()));
    }

    /**
     * Invites the selected members who are not invited yet and publishes their signed RSVP links.
     *
     * @param basedOn the version the client read, or null to apply the invitation to whatever is current
     */
    public Versioned<Meeting> invite(String country, String id, Long basedOn, InviteSelection selection) {
        if (selection.isEmpty()) {
            throw new InvalidInputException("memberIds", "choose all members, components or members to invite");
        }
        Set<String> chosen = resolve(Checks.country(country), selection);
        Function<Meeting, Change<Meeting>> invitation = before -> {
            Instant now = clock.instant();
            Meeting after = before.invite(chosen, now);
            Set<String> added = new LinkedHashSet<>(after.invitedIds());
            added.removeAll(before.invitedIds());
            return new Change<>(after, added.isEmpty() ? List.of()
                    : List.of(events.invitationsIssued(after, Occasion.INVITED, invitees(after, added), now)));
        };
        return basedOn == null ? retrying(country, id, invitation) : change(country, id, basedOn, invitation);
    }

    /** A member's own answer, through the API. */
    public Versioned<Meeting> rsvp(String country, String id, String memberId, RsvpResponse response) {
        return answer(country, id, memberId, response, RsvpChannel.API);
    }

    /** An answer through a signed link: the link names the meeting and the member, no login needed. */
    public Versioned<Meeting> rsvp(String token, RsvpResponse response) {
        RsvpToken claim = links.verify(token);
        return answer(claim.country(), claim.meetingId(), claim.memberId(), response, RsvpChannel.SIGNED_LINK);
    }

    /** The claim of a genuine, unexpired link. */
    public RsvpToken claimOf(String token) {
        return links.verify(token);
    }

    /** What a signed link is about, to show before answering. */
    public Meeting meetingOfLink(String token) {
        RsvpToken claim = links.verify(token);
        return get(claim.country(), claim.meetingId()).state();
    }

    private Versioned<Meeting> answer(String country, String id, String memberId, RsvpResponse response, RsvpChannel via) {
        Checks.required("response", response);
        return retrying(country, id, before -> {
            Instant now = clock.instant();
            Meeting after = before.rsvp(memberId, response, via, now);
            return new Change<>(after, List.of(events.rsvpRecorded(after, memberId, response, via, now)));
        });
    }

    public Versioned<Meeting> recordAttendance(String country, String id, long basedOn, List<String> memberIds,
            List<Guest> guests) {
        Map<String, KnownMember> attending = members.of(Checks.country(country), memberIds);
        for (String memberId : memberIds) {
            if (!attending.containsKey(memberId)) {
                throw new InvalidInputException("memberIds", "not a member of this platform: " + memberId);
            }
        }
        return change(country, id, basedOn, before -> {
            Instant now = clock.instant();
            Meeting after = before.recordAttendance(memberIds, guests, now);
            Map<StakeholderCategory, Integer> guestCounts = new EnumMap<>(StakeholderCategory.class);
            guests.forEach(guest -> guestCounts.merge(guest.category(), 1, Integer::sum));
            Map<StakeholderCategory, Integer> all = new EnumMap<>(guestCounts);
            attending.values().stream().filter(member -> member.stakeholderCategory() != null)
                    .forEach(member -> all.merge(member.stakeholderCategory(), 1, Integer::sum));
            return new Change<>(after, List.of(events.held(after, guestCounts, all, now)));
        });
    }

    public Versioned<Meeting> cancel(String country, String id, long basedOn, String reason) {
        String why = Checks.optionalText("reason", reason, 500);
        return change(country, id, basedOn, before -> {
            Meeting after = before.cancel(why, clock.instant());
            return new Change<>(after, before.wasScheduled() ? List.of(events.cancelled(after)) : List.of());
        });
    }

    /** Called when the minutes are approved: the meeting is closed. */
    public Versioned<Meeting> close(String country, String id) {
        return retrying(country, id, before -> new Change<>(before.close(), List.of()));
    }

    /** The next quarterly date for the platform's regular meetings. */
    public Cadence.Proposal nextQuarterly(String country) {
        String code = Checks.country(country);
        Instant now = clock.instant();
        return store.lastRegular(code).map(last -> Cadence.after(last, now))
                .orElseGet(() -> Cadence.first(ZoneId.of(platform(code).timeZone()), now));
    }

    /** The platform's name for documents such as the minutes. */
    public String platformName(String country) {
        return platform(country).name();
    }

    private KnownPlatform platform(String country) {
        return platforms.find(new CountryCode(Checks.country(country)))
                .orElseThrow(() -> new NotFoundException("No platform " + country + " is known to meeting-service"));
    }

    private Set<String> resolve(String country, InviteSelection selection) {
        Set<String> chosen = new LinkedHashSet<>();
        if (selection.allMembers() || !selection.components().isEmpty()) {
            for (KnownMember member : members.current(country)) {
                if (selection.allMembers()
                        || member.components().stream().anyMatch(selection.components()::contains)) {
                    chosen.add(member.memberId());
                }
            }
        }
        if (!selection.memberIds().isEmpty()) {
            Map<String, KnownMember> known = members.of(country, selection.memberIds());
            for (String memberId : selection.memberIds()) {
                KnownMember member = known.get(memberId);
                if (member == null || member.status() == MemberStatus.LEFT || member.status() == MemberStatus.ERASED) {
                    throw new InvalidInputException("memberIds", "not a current member of this platform: " + memberId);
                }
                chosen.add(memberId);
            }
        }
        return chosen;
    }

    private List<Invitee> invitees(Meeting meeting, Set<String> memberIds) {
        return memberIds.stream().map(memberId -> links.claimFor(meeting, memberId))
                .map(claim -> new Invitee(claim.memberId(), links.url(claim), claim.expiresAt())).toList();
    }

    private Versioned<Meeting> change(String country, String id, long basedOn, Function<Meeting, Change<Meeting>> change) {
        return Changes.basedOn(basedOn, () -> get(country, id), store::update, change);
    }

    private Versioned<Meeting> retrying(String country, String id, Function<Meeting, Change<Meeting>> change) {
        return Changes.retrying(() -> get(country, id), store::update, change);
    }
}
