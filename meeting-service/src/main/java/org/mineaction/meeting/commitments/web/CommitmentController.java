package org.mineaction.meeting.commitments.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.mineaction.meeting.commitments.Commitments;
import org.mineaction.meeting.commitments.domain.Commitment;
import org.mineaction.meeting.commitments.domain.CommitmentType;
import org.mineaction.meeting.commitments.domain.Money;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A platform's commitments (pledges, commitments, disbursements). */
@RestController
@RequestMapping("/api/v1/platforms/{country}/commitments")
class CommitmentController {

    private final Commitments commitments;

    CommitmentController(Commitments commitments) {
        this.commitments = commitments;
    }

    /** The amount travels as a string ("1250000.00") so no client rounds it through a binary float. */
    record CommitmentRequest(String meetingId, String donorOrganisationId, String donorName, String recipient,
            Objective objective, CommitmentType type, String amount, String currency, List<Integer> years,
            String challengeId, Long version) {

        Commitments.Terms terms() {
            return new Commitments.Terms(donorOrganisationId, donorName, recipient, objective, type,
                    new Money(amount, currency), years, challengeId);
        }
    }

    record CommitmentResponse(String id, String meetingId, String donorOrganisationId, String donorName,
            String recipient, String objective, String type, String amount, String currency, List<Integer> years,
            String challengeId, String recordedBy, Instant recordedAt, Instant changedAt, long version) {

        static CommitmentResponse of(Versioned<Commitment> versioned) {
            Commitment c = versioned.state();
            return new CommitmentResponse(c.id(), c.meetingId(), c.donorOrganisationId(), c.donorName(),
                    c.recipient(), c.objective().name(), c.type().name(), c.money().amount(), c.money().currency(),
                    c.years(), c.challengeId(), c.recordedBy(), c.recordedAt(), c.changedAt(), versioned.version());
        }
    }

    @PostMapping
    ResponseEntity<CommitmentResponse> record(@PathVariable String country, @RequestBody CommitmentRequest request,
            Caller caller) {
        Access.commitments(caller, country);
        Versioned<Commitment> recorded = commitments.record(country, request.meetingId(), request.terms(),
                caller.subject());
        return ResponseEntity.created(URI.create("/api/v1/platforms/" + recorded.state().country() + "/commitments/"
                + recorded.state().id())).eTag(Versions.etag(recorded.version())).body(CommitmentResponse.of(recorded));
    }

    @GetMapping
    List<CommitmentResponse> list(@PathVariable String country, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Caller caller) {
        Access.member(caller, country);
        return commitments.list(country, year, page, size).stream().map(CommitmentResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<CommitmentResponse> get(@PathVariable String country, @PathVariable String id, Caller caller) {
        Access.member(caller, country);
        return ok(commitments.get(country, id));
    }

    @PutMapping("/{id}")
    ResponseEntity<CommitmentResponse> revise(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody CommitmentRequest request, Caller caller) {
        Access.commitments(caller, country);
        return ok(commitments.revise(country, id, Versions.of(ifMatch, request.version()), request.terms()));
    }

    private static ResponseEntity<CommitmentResponse> ok(Versioned<Commitment> commitment) {
        return ResponseEntity.ok().eTag(Versions.etag(commitment.version())).body(CommitmentResponse.of(commitment));
    }
}
