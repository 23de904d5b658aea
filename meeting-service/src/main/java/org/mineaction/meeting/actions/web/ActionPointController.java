package org.mineaction.meeting.actions.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mineaction.meeting.actions.ActionPoints;
import org.mineaction.meeting.actions.domain.ActionPoint;
import org.mineaction.meeting.actions.domain.ActionStatus;
import org.mineaction.meeting.actions.domain.Owner;
import org.mineaction.meeting.actions.domain.ProgressNote;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.web.Versions;
import org.mineaction.chassis.security.Caller;
import org.mineaction.meeting.shared.web.Access;
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

/** A platform's action points: assign, follow, close. */
@RestController
@RequestMapping("/api/v1/platforms/{country}/action-points")
class ActionPointController {

    private final ActionPoints actionPoints;

    ActionPointController(ActionPoints actionPoints) {
        this.actionPoints = actionPoints;
    }

    record ActionPointRequest(String meetingId, String description, String ownerMemberId, String ownerOrganisationId,
            LocalDate dueDate, Long version) {

        Owner owner() {
            return new Owner(ownerMemberId, ownerOrganisationId);
        }
    }

    record StatusRequest(ActionStatus status, String note, Long version) {
    }

    record NoteRequest(String note) {
    }

    record ActionPointResponse(String id, String meetingId, String description, String ownerMemberId,
            String ownerOrganisationId, LocalDate dueDate, String status, boolean overdue, List<ProgressNote> notes,
            Instant openedAt, Instant closedAt, long version) {

        static ActionPointResponse of(Versioned<ActionPoint> versioned, LocalDate today) {
            ActionPoint a = versioned.state();
            return new ActionPointResponse(a.id(), a.meetingId(), a.description(), a.owner().memberId(),
                    a.owner().organisationId(), a.dueDate(), a.status().name(), a.isOverdue(today), a.notes(),
                    a.openedAt(), a.closedAt(), versioned.version());
        }
    }

    @PostMapping
    ResponseEntity<ActionPointResponse> assign(@PathVariable String country, @RequestBody ActionPointRequest request,
            Caller caller) {
        Access.organiser(caller, country);
        Versioned<ActionPoint> created = actionPoints.assign(country, request.meetingId(), request.description(),
                request.owner(), request.dueDate(), caller.subject());
        return ResponseEntity.created(URI.create("/api/v1/platforms/" + created.state().country() + "/action-points/"
                + created.state().id())).eTag(Versions.etag(created.version())).body(view(country, created));
    }

    @GetMapping
    List<ActionPointResponse> list(@PathVariable String country, @RequestParam(required = false) String meetingId,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Caller caller) {
        Access.member(caller, country);
        LocalDate today = actionPoints.today(country);
        return actionPoints.list(country, meetingId, status, page, size).stream()
                .map(a -> ActionPointResponse.of(a, today)).filter(a -> !overdue || a.overdue()).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<ActionPointResponse> get(@PathVariable String country, @PathVariable String id, Caller caller) {
        Access.member(caller, country);
        return ok(country, actionPoints.get(country, id));
    }

    @PutMapping("/{id}")
    ResponseEntity<ActionPointResponse> reassign(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ActionPointRequest request, Caller caller) {
        Access.organiser(caller, country);
        return ok(country, actionPoints.reassign(country, id, Versions.of(ifMatch, request.version()),
                request.description(), request.owner(), request.dueDate()));
    }

    @PostMapping("/{id}/status")
    ResponseEntity<ActionPointResponse> status(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody StatusRequest request,
            Caller caller) {
        ownerOrOrganiser(caller, country, id);
        return ok(country, actionPoints.changeStatus(country, id, Versions.of(ifMatch, request.version()),
                request.status(), request.note(), caller.subject()));
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<ActionPointResponse> note(@PathVariable String country, @PathVariable String id,
            @RequestBody NoteRequest request, Caller caller) {
        ownerOrOrganiser(caller, country, id);
        return ok(country, actionPoints.addNote(country, id, request.note(), caller.subject()));
    }

    /** Progress is reported by the organisers or by the member who owns the action point. */
    private void ownerOrOrganiser(Caller caller, String country, String id) {
        if (Access.isOrganiser(caller, country)) {
            return;
        }
        Access.anyRole(caller, country);
        if (!caller.subject().equals(actionPoints.get(country, id).state().owner().memberId())) {
            Access.organiser(caller, country);
        }
    }

    private ResponseEntity<ActionPointResponse> ok(String country, Versioned<ActionPoint> actionPoint) {
        return ResponseEntity.ok().eTag(Versions.etag(actionPoint.version())).body(view(country, actionPoint));
    }

    private ActionPointResponse view(String country, Versioned<ActionPoint> actionPoint) {
        return ActionPointResponse.of(actionPoint, actionPoints.today(country));
    }
}
