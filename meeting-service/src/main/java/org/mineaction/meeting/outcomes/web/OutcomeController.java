package org.mineaction.meeting.outcomes.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.mineaction.meeting.outcomes.Outcomes;
import org.mineaction.meeting.outcomes.domain.Outcome;
import org.mineaction.meeting.outcomes.domain.OutcomeKind;
import org.mineaction.meeting.shared.domain.Objective;
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
import org.springframework.web.bind.annotation.RestController;

/** Decisions, challenges, needs and priorities of a meeting. */
@RestController
@RequestMapping("/api/v1/platforms/{country}/meetings/{meetingId}/outcomes")
class OutcomeController {

    private final Outcomes outcomes;

    OutcomeController(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    record OutcomeRequest(OutcomeKind kind, Objective objective, String topic, String text, String attribution,
            Boolean carriedToArticle7, Long version) {

        boolean carried() {
            return Boolean.TRUE.equals(carriedToArticle7);
        }
    }

    record OutcomeResponse(String id, String meetingId, String kind, String objective, String topic, String topicKey,
            String text, String attribution, boolean carriedToArticle7, String recordedBy, Instant recordedAt,
            Instant changedAt, long version) {

        static OutcomeResponse of(Versioned<Outcome> versioned) {
            Outcome o = versioned.state();
            return new OutcomeResponse(o.id(), o.meetingId(), o.kind().name(), o.objective().name(), o.topic(),
                    o.topicKey(), o.text(), o.attribution(), o.carriedToArticle7(), o.recordedBy(), o.recordedAt(),
                    o.changedAt(), versioned.version());
        }
    }

    @PostMapping
    ResponseEntity<OutcomeResponse> record(@PathVariable String country, @PathVariable String meetingId,
            @RequestBody OutcomeRequest request, Caller caller) {
        Access.organiser(caller, country);
        Versioned<Outcome> recorded = outcomes.record(country, meetingId, request.kind(), request.objective(),
                request.topic(), request.text(), request.attribution(), request.carried(), caller.subject());
        return ResponseEntity.created(URI.create("/api/v1/platforms/" + recorded.state().country() + "/meetings/"
                + meetingId + "/outcomes/" + recorded.state().id())).eTag(Versions.etag(recorded.version()))
                .body(OutcomeResponse.of(recorded));
    }

    @GetMapping
    List<OutcomeResponse> list(@PathVariable String country, @PathVariable String meetingId, Caller caller) {
        return outcomes.ofMeeting(country, meetingId, Access.viewer(caller, country)).stream().map(OutcomeResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<OutcomeResponse> get(@PathVariable String country, @PathVariable String meetingId,
            @PathVariable String id, Caller caller) {
        return ok(outcomes.get(country, meetingId, id, Access.viewer(caller, country)));
    }

    @PutMapping("/{id}")
    ResponseEntity<OutcomeResponse> revise(@PathVariable String country, @PathVariable String meetingId,
            @PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody OutcomeRequest request, Caller caller) {
        Access.organiser(caller, country);
        return ok(outcomes.revise(country, meetingId, id, Versions.of(ifMatch, request.version()),
                request.objective(), request.topic(), request.text(), request.attribution(), request.carried()));
    }

    private static ResponseEntity<OutcomeResponse> ok(Versioned<Outcome> outcome) {
        return ResponseEntity.ok().eTag(Versions.etag(outcome.version())).body(OutcomeResponse.of(outcome));
    }
}
