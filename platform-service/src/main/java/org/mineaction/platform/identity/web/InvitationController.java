package org.mineaction.platform.identity.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.mineaction.chassis.correlation.CorrelationId;
import org.mineaction.chassis.web.ProblemTypes;
import org.mineaction.platform.identity.AccountService;
import org.mineaction.platform.identity.domain.Invitation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invited person accepts with the token from their invitation and chooses a password; the
 * account can then sign in. A used or expired invitation is gone (410), an unknown one 404, a
 * weak password 400, all as problem+json.
 */
@RestController
@RequestMapping("/invitations")
class InvitationController {

    private final AccountService accounts;

    InvitationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/{token}/accept")
    ResponseEntity<Void> accept(@PathVariable String token, @Valid @RequestBody AcceptInvitationRequest request) {
        accounts.acceptInvitation(token, request.password());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(Invitation.NotAcceptable.class)
    ResponseEntity<ProblemDetail> notAcceptable(Invitation.NotAcceptable ex) {
        return gone(ex);
    }

    /** 410 as problem+json, for every API answer about an invitation that can no longer be accepted. */
    static ResponseEntity<ProblemDetail> gone(Invitation.NotAcceptable ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, ex.getMessage());
        problem.setType(ProblemTypes.of(ex.refusal() == Invitation.Refusal.EXPIRED
                ? "invitation-expired" : "invitation-already-used"));
        // The token is a credential: keep it out of the problem document.
        problem.setInstance(URI.create("/invitations"));
        CorrelationId.current().ifPresent(id -> problem.setProperty("correlationId", id));
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
