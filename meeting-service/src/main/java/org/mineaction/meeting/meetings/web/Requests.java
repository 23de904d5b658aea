package org.mineaction.meeting.meetings.web;

import java.util.List;
import java.util.Set;
import org.mineaction.meeting.meetings.domain.Guest;
import org.mineaction.meeting.meetings.domain.RsvpResponse;
import org.mineaction.meeting.members.domain.Component;
import org.mineaction.meeting.members.domain.StakeholderCategory;

/** The small request bodies of the meeting endpoints. */
final class Requests {

    private Requests() {
    }

    record VersionOnly(Long version) {
    }

    record Agenda(List<AgendaItemRequest> items, Long version) {
    }

    record Invite(Boolean allMembers, Set<Component> components, Set<String> memberIds, Long version) {
    }

    record Rsvp(RsvpResponse response) {
    }

    record GuestRequest(String name, String organisation, StakeholderCategory category) {
        Guest toGuest() {
            return new Guest(name, organisation, category);
        }
    }

    record Attendance(List<String> memberIds, List<GuestRequest> guests, Long version) {
        List<String> members() {
            return memberIds == null ? List.of() : memberIds;
        }

        List<Guest> guestList() {
            return guests == null ? List.of() : guests.stream().map(GuestRequest::toGuest).toList();
        }
    }

    record Cancel(String reason, Long version) {
    }
}
