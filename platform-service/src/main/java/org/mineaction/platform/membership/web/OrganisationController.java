package org.mineaction.platform.membership.web;

import org.mineaction.platform.support.web.Versions;
import jakarta.validation.Valid;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.chassis.security.PlatformRole;
import java.net.URI;
import org.mineaction.platform.membership.Membership;
import org.mineaction.platform.membership.domain.Organisation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisations taking part in a country's platform. */
@RestController
@RequestMapping("/api/v1/platforms/{country}/organisations")
class OrganisationController {

    private final Membership membership;

    OrganisationController(Membership membership) {
        this.membership = membership;
    }

    @PostMapping
    ResponseEntity<OrganisationResponse> create(@PathVariable String country,
            @Valid @RequestBody OrganisationRequest request, Caller caller) {
        if (!caller.has(GlobalRole.OPERATOR)) {
            // The operator adds the lead organisation when bootstrapping a platform.
            caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        }
        Organisation organisation = membership.createOrganisation(country, request.name(), request.category(),
                request.countryOfOrigin());
        return ResponseEntity.created(location(organisation)).eTag(Versions.etag(organisation.version()))
                .body(OrganisationResponse.of(organisation));
    }

    @GetMapping
    PageResponse<OrganisationResponse> list(@PathVariable String country,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Caller caller) {
        caller.requireMemberOf(country, GlobalRole.OPERATOR, GlobalRole.ISU_ANALYST);
        return PageResponse.of(membership.organisations(country, page, size), OrganisationResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<OrganisationResponse> get(@PathVariable String country, @PathVariable String id, Caller caller) {
        caller.requireMemberOf(country, GlobalRole.OPERATOR, GlobalRole.ISU_ANALYST);
        Organisation organisation = membership.organisation(country, id);
        return ResponseEntity.ok().eTag(Versions.etag(organisation.version())).body(OrganisationResponse.of(organisation));
    }

    @PutMapping("/{id}")
    ResponseEntity<OrganisationResponse> update(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody OrganisationRequest request, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        Organisation organisation = membership.updateOrganisation(country, id,
                Versions.of(ifMatch, request.version()), request.name(), request.category(), request.countryOfOrigin());
        return ResponseEntity.ok().eTag(Versions.etag(organisation.version())).body(OrganisationResponse.of(organisation));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String country, @PathVariable String id, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        membership.removeOrganisation(country, id);
        return ResponseEntity.noContent().build();
    }

    private static URI location(Organisation organisation) {
        return URI.create("/api/v1/platforms/" + organisation.country() + "/organisations/" + organisation.id());
    }
}
