package org.mineaction.meeting.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.meeting.actions.domain.ActionPoint;
import org.mineaction.meeting.actions.domain.ActionStatus;
import org.mineaction.meeting.actions.domain.Owner;
import org.mineaction.meeting.actions.messaging.ActionPointEvents;
import org.mineaction.meeting.actions.persistence.ActionPointStore;
import org.mineaction.meeting.meetings.Meetings;
import org.mineaction.meeting.members.KnownMembers;
import org.mineaction.meeting.members.domain.MemberStatus;
import org.mineaction.meeting.platforms.KnownPlatforms;
import org.mineaction.meeting.shared.Changes;
import org.mineaction.meeting.shared.Changes.Change;
import org.mineaction.meeting.shared.domain.Checks;
import org.mineaction.meeting.shared.domain.Versioned;
import org.springframework.stereotype.Service;

/** Action points: assigned to a member or an organisation, followed until done or dropped. */
@Service
public class ActionPoints {

    private final ActionPointStore store;
    private final ActionPointEvents events;
    private final Meetings meetings;
    private final KnownMembers members;
    private final KnownPlatforms platforms;
    private final Clock clock;

    ActionPoints(ActionPointStore store, ActionPointEvents events, Meetings meetings, KnownMembers members,
            KnownPlatforms platforms, Clock clock) {
        this.store = store;
        this.events = events;
        this.meetings = meetings;
        this.members = members;
        this.platforms = platforms;
        this.clock = clock;
    }

    public Versioned<ActionPoint> assign(String country, String meetingId, String description, Owner owner,
            LocalDate dueDate, String by) {
        String code = Checks.country(country);
        if (meetingId != null) {
            meetings.get(code, meetingId);
        }
        requireOwner(code, owner);
        Instant now = clock.instant();
        ActionPoint actionPoint = ActionPoint.open(UUID.randomUUID().toString(), code, meetingId, description, owner,
                dueDate, today(code), by, now);
        store.insert(actionPoint, List.of(events.assigned(actionPoint)));
        return new Versioned<>(actionPoint, 0);
    }

    public Versioned<ActionPoint> reassign(String country, String id, long basedOn, String description, Owner owner,
            LocalDate dueDate) {
        String code = Checks.country(country);
        Checks.required("owner", owner);
        requireOwner(code, owner);
        return Changes.basedOn(basedOn, () -> get(code, id), store::update, before -> {
            ActionPoint after = before.reassign(description, owner, Checks.required("dueDate", dueDate), today(code),
                    clock.instant());
            return after.isAssignmentChangedFrom(before) ? Change.of(after, events.assigned(after))
                    : Change.silent(after);
        });
    }

    public Versioned<ActionPoint> changeStatus(String country, String id, long basedOn, ActionStatus status,
            String note, String by) {
        return Changes.basedOn(basedOn, () -> get(country, id), store::update, before -> {
            Instant now = clock.instant();
            ActionPoint after = before.moveTo(status, now);
            if (note != null && !note.isBlank()) {
                after = after.note(note, by, now);
            }
            return Change.of(after, events.statusChanged(after, before.status()));
        });
    }

    /** A progress note; notes only add, so concurrent ones are all kept without a version. */
    public Versioned<ActionPoint> addNote(String country, String id, String note, String by) {
        return Changes.retrying(() -> get(country, id), store::update,
                before -> Change.silent(before.note(note, by, clock.instant())));
    }

    public Versioned<ActionPoint> get(String country, String id) {
        return store.find(Checks.country(country), id)
                .orElseThrow(() -> new NotFoundException("No action point " + id + " on the platform of " + country));
    }

    public List<Versioned<ActionPoint>> list(String country, String meetingId, ActionStatus status, int page,
            int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInputException("size", "page >= 0 and size 1 to 200");
        }
        return store.list(Checks.country(country), meetingId, status, page, size);
    }

    /** Today in the platform's calendar: what "overdue" is measured against. */
    public LocalDate today(String country) {
        ZoneId zone = platforms.find(new CountryCode(Checks.country(country))).map(p -> ZoneId.of(p.timeZone()))
                .orElse(ZoneId.of("UTC"));
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private void requireOwner(String country, Owner owner) {
        if (owner != null && owner.memberId() != null) {
            var member = members.of(country, List.of(owner.memberId())).get(owner.memberId());
            if (member == null || member.status() == MemberStatus.LEFT || member.status() == MemberStatus.ERASED) {
                throw new InvalidInputException("ownerMemberId", "not a current member of this platform");
            }
        }
    }
}
