package org.mineaction.meeting.meetings.web;

import java.net.URI;
import java.util.List;
import org.mineaction.chassis.security.Caller;
import org.mineaction.meeting.meetings.InviteSelection;
import org.mineaction.meeting.meetings.Meetings;
import org.mineaction.meeting.meetings.domain.Cadence;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.meetings.domain.MeetingStatus;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.web.Access;
import org.mineaction.meeting.shared.web.ReaderZone;
import org.mineaction.meeting.shared.web.ReaderZone.LocalTimes;
import org.mineaction.meeting.shared.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A platform's meetings: schedule, agenda, invitations, RSVP, attendance, cancellation. */
@RestController
@RequestMapping("/api/v1/platforms/{country}/meetings")
class MeetingController {

    private final Meetings meetings;

    MeetingController(Meetings meetings) {
        this.meetings = meetings;
    }

    @PostMapping
    ResponseEntity<MeetingResponse> create(@PathVariable String country, @RequestBody MeetingRequest request,
            Caller caller) {
        Access.organiser(caller, country);
        Versioned<Meeting> created = meetings.create(country, request.details(), request.when(),
                request.agendaItems(), Boolean.TRUE.equals(request.schedule()), caller.subject());
        return ResponseEntity.created(URI.create("/api/v1/platforms/" + created.state().country() + "/meetings/"
                + created.state().id())).eTag(Versions.etag(created.version())).body(view(created, null));
    }

    @GetMapping
    List<MeetingSummary> list(@PathVariable String country, @RequestParam(required = false) MeetingStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String zone, Caller caller) {
        var viewer = Access.viewer(caller, country);
        ReaderZone.of(zone, "UTC");
        return meetings.list(country, status, page, size, viewer).stream().map(m -> MeetingSummary.of(m, zone)).toList();
    }

    /** The next quarterly date for the platform's regular meeting, in the reader's zone too. */
    @GetMapping("/cadence/next")
    CadenceResponse nextQuarterly(@PathVariable String country, @RequestParam(required = false) String zone,
            Caller caller) {
        Access.member(caller, country);
        Cadence.Proposal proposal = meetings.nextQuarterly(country);
        return new CadenceResponse(proposal.startsAt(), proposal.endsAt(), proposal.timeZone(),
                ReaderZone.render(proposal.startsAt(), proposal.endsAt(), ReaderZone.of(zone, proposal.timeZone())),
                proposal.basedOnMeetingId());
    }

    record CadenceResponse(java.time.Instant startsAt, java.time.Instant endsAt, String timeZone, LocalTimes local,
            String basedOnMeetingId) {
    }

    @GetMapping("/{id}")
    ResponseEntity<MeetingResponse> get(@PathVariable String country, @PathVariable String id,
            @RequestParam(required = false) String zone, Caller caller) {
        return ok(meetings.get(country, id, Access.viewer(caller, country)), zone);
    }

    @PutMapping("/{id}")
    ResponseEntity<MeetingResponse> edit(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody MeetingRequest request,
            Caller caller) {
        Access.organiser(caller, country);
        return ok(meetings.edit(country, id, Versions.of(ifMatch, request.version()), request.details(),
                request.when(), caller.subject()), null);
    }

    @PostMapping("/{id}/schedule")
    ResponseEntity<MeetingResponse> schedule(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) Requests.VersionOnly body, Caller caller) {
        Access.organiser(caller, country);
        return ok(meetings.schedule(country, id, Versions.of(ifMatch, body == null ? null : body.version())), null);
    }

    @PutMapping("/{id}/agenda")
    ResponseEntity<MeetingResponse> agenda(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Requests.Agenda body,
            Caller caller) {
        Access.organiser(caller, country);
        return ok(meetings.replaceAgenda(country, id, Versions.of(ifMatch, body.version()),
                AgendaItemRequest.items(body.items())), null);
    }

    @PostMapping("/{id}/invitations")
    ResponseEntity<MeetingResponse> invite(@PathVariable String country, @PathVariable String id,
            @RequestBody Requests.Invite body, Caller caller) {
        Access.organiser(caller, country);
        return ok(meetings.invite(country, id, body.version(), new InviteSelection(
                Boolean.TRUE.equals(body.allMembers()), body.components(), body.memberIds())), null);
    }

    @PostMapping("/{id}/rsvp")
    ResponseEntity<MeetingResponse> rsvp(@PathVariable String country, @PathVariable String id,
            @RequestBody Requests.Rsvp body, Caller caller) {
        Access.anyRole(caller, country);
        return ok(meetings.rsvp(country, id, caller.subject(), body.response()), null);
    }

    @PutMapping("/{id}/attendance")
    ResponseEntity<MeetingResponse> attendance(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Requests.Attendance body,
            Caller caller) {
        Access.organiser(caller, country);
        return ok(meetings.recordAttendance(country, id, Versions.of(ifMatch, body.version()), body.members(),
                body.guestList()), null);
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<MeetingResponse> cancel(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody Requests.Cancel body,
            Caller caller) {
        Access.organiser(caller, country);
        return ok(meetings.cancel(country, id, Versions.of(ifMatch, body.version()), body.reason()), null);
    }

    private static ResponseEntity<MeetingResponse> ok(Versioned<Meeting> meeting, String zone) {
        return ResponseEntity.ok().eTag(Versions.etag(meeting.version())).body(view(meeting, zone));
    }

    private static MeetingResponse view(Versioned<Meeting> meeting, String zone) {
        return MeetingResponse.of(meeting, ReaderZone.of(zone, meeting.state().schedule().timeZone()));
    }
}
