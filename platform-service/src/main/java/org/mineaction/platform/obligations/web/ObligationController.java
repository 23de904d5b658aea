package org.mineaction.platform.obligations.web;

import jakarta.validation.Valid;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.chassis.security.PlatformRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.mineaction.platform.obligations.Obligations;
import org.mineaction.platform.obligations.domain.Article5;
import org.mineaction.platform.obligations.domain.Article5Extension;
import org.mineaction.platform.obligations.domain.ConventionObligations;
import org.mineaction.platform.obligations.domain.IndividualisedApproachSession;
import org.mineaction.platform.support.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A country's Convention obligations. Bodies are read field by field: a country, id or due date
 * sent by the client is ignored (due dates follow from the rules).
 */
@RestController
@RequestMapping("/api/v1/platforms/{country}/obligations")
class ObligationController {

    private final Obligations obligations;

    ObligationController(Obligations obligations) {
        this.obligations = obligations;
    }

    record Article5Request(@Size(max = 10) String originalDeadline, @Size(max = 10) String completedOn) {
    }

    record BasicsRequest(@Size(max = 10) String entryIntoForce, @Valid Article5Request article5, Long version) {
    }

    record ExtensionRequest(@NotBlank @Size(max = 10) String newDeadline, @NotBlank @Size(max = 10) String grantedOn,
            @Size(max = 200) String decidedBy, Long version) {
    }

    record SessionRequest(@NotBlank @Size(max = 10) String heldOn, @Size(max = 200) String title,
            @Size(max = 64) String meetingId, Long version) {
    }

    record Article7Request(@NotBlank @Size(max = 10) String submittedOn, Boolean initial, Long version) {
    }

    record Article5Response(LocalDate originalDeadline, LocalDate currentDeadline, List<Article5Extension> extensions,
            LocalDate completedOn) {

        static Article5Response of(Article5 article5) {
            return article5 == null ? null : new Article5Response(article5.originalDeadline(),
                    article5.currentDeadline(), article5.extensions(), article5.completedOn());
        }
    }

    record Article7Response(int reportYear, boolean initial, LocalDate dueDate, LocalDate submittedOn, boolean onTime) {
    }

    record ObligationsResponse(String countryCode, LocalDate entryIntoForce, LocalDate article7InitialDueDate,
            Article5Response article5, List<Article7Response> article7Reports,
            List<IndividualisedApproachSession> individualisedApproachSessions, long version) {

        static ResponseEntity<ObligationsResponse> of(String country, Obligations.Versioned versioned) {
            ConventionObligations o = versioned.obligations();
            return ResponseEntity.ok().eTag(Versions.etag(versioned.version())).body(new ObligationsResponse(
                    country.strip().toUpperCase(java.util.Locale.ROOT), o.entryIntoForce(), o.article7InitialDueDate(),
                    Article5Response.of(o.article5()), o.article7Reports().stream().map(r -> new Article7Response(
                            r.reportYear(), r.initial(), r.dueDate(), r.submittedOn(), r.onTime())).toList(),
                    o.sessions(), versioned.version()));
        }
    }

    @GetMapping
    ResponseEntity<ObligationsResponse> get(@PathVariable String country, Caller caller) {
        caller.requireMemberOf(country, GlobalRole.OPERATOR, GlobalRole.ISU_ANALYST);
        return ObligationsResponse.of(country, obligations.get(country));
    }

    @PutMapping
    ResponseEntity<ObligationsResponse> setBasics(@PathVariable String country,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody BasicsRequest request, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        Article5Request article5 = request.article5() == null ? new Article5Request(null, null) : request.article5();
        return ObligationsResponse.of(country, obligations.setBasics(country, Versions.of(ifMatch, request.version()),
                request.entryIntoForce(), article5.originalDeadline(), article5.completedOn()));
    }

    @PostMapping("/article5/extensions")
    ResponseEntity<ObligationsResponse> addExtension(@PathVariable String country,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ExtensionRequest request, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        return ObligationsResponse.of(country, obligations.addExtension(country,
                Versions.of(ifMatch, request.version()), request.newDeadline(), request.grantedOn(),
                request.decidedBy()));
    }

    @PostMapping("/individualised-approach-sessions")
    ResponseEntity<ObligationsResponse> addSession(@PathVariable String country,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SessionRequest request, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        return ObligationsResponse.of(country, obligations.addSession(country,
                Versions.of(ifMatch, request.version()), request.heldOn(), request.title(), request.meetingId()));
    }

    @PutMapping("/article7/{reportYear}")
    ResponseEntity<ObligationsResponse> recordArticle7(@PathVariable String country, @PathVariable int reportYear,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Article7Request request, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        return ObligationsResponse.of(country, obligations.recordArticle7(country,
                Versions.of(ifMatch, request.version()), reportYear, Boolean.TRUE.equals(request.initial()),
                request.submittedOn()));
    }
}
