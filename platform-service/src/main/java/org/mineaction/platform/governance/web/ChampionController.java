package org.mineaction.platform.governance.web;

import jakarta.validation.Valid;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.chassis.security.PlatformRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.mineaction.platform.governance.Champions;
import org.mineaction.platform.governance.domain.ChampionArrangement;
import org.mineaction.platform.governance.domain.ChampionTerm;
import org.mineaction.platform.support.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The champion donor arrangement: fixed, or rotating by a schedule of terms; today's champion. */
@RestController
@RequestMapping("/api/v1/platforms/{country}/champions")
class ChampionController {

    private final Champions champions;

    ChampionController(Champions champions) {
        this.champions = champions;
    }

    record TermRequest(@NotBlank @Size(max = 64) String organisationId, @NotBlank @Size(max = 10) String from,
            @Size(max = 10) String to) {
    }

    /** Only these fields are read: a country, id or anything else in the body is ignored. */
    record ChampionsRequest(@NotBlank @Size(max = 16) String mode,
            @NotEmpty @Size(max = ChampionArrangement.MAX_TERMS) List<@Valid TermRequest> terms, Long version) {
    }

    record TermResponse(String organisationId, LocalDate from, LocalDate to) {

        static TermResponse of(ChampionTerm term) {
            return new TermResponse(term.organisationId(), term.from(), term.to());
        }
    }

    record CurrentResponse(String organisationId, String name, LocalDate from, LocalDate to) {
    }

    record ChampionsResponse(String mode, List<TermResponse> terms, LocalDate today, CurrentResponse current,
            long version) {

        static ResponseEntity<ChampionsResponse> of(Champions.View view) {
            CurrentResponse current = view.current().map(term -> new CurrentResponse(term.organisationId(),
                    view.currentName(), term.from(), term.to())).orElse(null);
            return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(new ChampionsResponse(
                    view.arrangement().mode().name(), view.arrangement().terms().stream().map(TermResponse::of).toList(),
                    view.today(), current, view.version()));
        }
    }

    @GetMapping
    ResponseEntity<ChampionsResponse> get(@PathVariable String country, Caller caller) {
        caller.requireMemberOf(country, GlobalRole.OPERATOR, GlobalRole.ISU_ANALYST);
        return ChampionsResponse.of(champions.get(country));
    }

    @PutMapping
    ResponseEntity<ChampionsResponse> set(@PathVariable String country,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ChampionsRequest request, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD);
        return ChampionsResponse.of(champions.set(country, Versions.of(ifMatch, request.version()), request.mode(),
                request.terms().stream().map(term -> new ChampionArrangement.TermDraft(term.organisationId(),
                        term.from(), term.to())).toList()));
    }
}
