package org.mineaction.platform.identity.web;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.platform.identity.AccountService;
import org.mineaction.platform.identity.domain.Invitation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page the invitation e-mail links to: a plain HTML form (no script) to choose a password,
 * posted back to the same address with the sign-in chain's CSRF token. API callers asking for JSON
 * get the invitation's state or problem+json, and accept through {@code POST .../accept}.
 *
 * <p>The token in the address is a credential: the pages are never cached and send no referrer.
 */
@RestController
@RequestMapping("/invitations/{token}")
class InvitationPageController {

    private final AccountService accounts;
    private final Clock clock;

    InvitationPageController(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String token, CsrfToken csrf) {
        Optional<Invitation> invitation = accounts.invitation(token);
        if (invitation.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, InvitationPage.unknown());
        }
        try {
            invitation.get().accept(clock.instant());
        } catch (Invitation.NotAcceptable refused) {
            return html(HttpStatus.GONE, InvitationPage.refused(refused.refusal()));
        }
        return html(HttpStatus.OK, InvitationPage.form(token, invitation.get(), csrf.getParameterName(),
                csrf.getToken(), null));
    }

    /** For API callers: what the invitation is for; 404 or 410 as problem+json when it cannot be accepted. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> state(@PathVariable String token) {
        Invitation invitation = accounts.invitation(token).orElseThrow(() -> new NotFoundException("No such invitation"));
        try {
            invitation.accept(clock.instant());
        } catch (Invitation.NotAcceptable refused) {
            return InvitationController.gone(refused);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("country", invitation.country().value(), "role", invitation.role().name(),
                        "expiresAt", invitation.expiresAt().toString()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> accept(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, CsrfToken csrf) {
        Optional<Invitation> invitation = accounts.invitation(token);
        if (invitation.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, InvitationPage.unknown());
        }
        try {
            if (!password.equals(confirmation)) {
                throw new InvalidInputException("confirmation", "The two passwords are not the same.");
            }
            accounts.acceptInvitation(token, password);
            return html(HttpStatus.OK, InvitationPage.accepted());
        } catch (Invitation.NotAcceptable refused) {
            return html(HttpStatus.GONE, InvitationPage.refused(refused.refusal()));
        } catch (NotFoundException raced) {
            return html(HttpStatus.NOT_FOUND, InvitationPage.unknown());
        } catch (InvalidInputException weak) {
            return html(HttpStatus.BAD_REQUEST, InvitationPage.form(token, invitation.get(), csrf.getParameterName(),
                    csrf.getToken(), weak.getMessage()));
        }
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .body(page);
    }
}
