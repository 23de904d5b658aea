package org.mineaction.platform.governance.web;

import jakarta.validation.Valid;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.PlatformRole;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.mineaction.platform.governance.Composition;
import org.mineaction.platform.support.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who sits in each of the platform's four components (member ids only). */
@RestController
@RequestMapping("/api/v1/platforms/{country}/composition")
class CompositionController {

    private final Composition composition;

    CompositionController(Composition composition) {
        this.composition = composition;
    }

    /** Only these fields are read: a country, id or anything else in the body is ignored. */
    record CompositionRequest(@NotNull Map<String, List<String>> components, Long version) {
    }

    record CompositionResponse(String countryCode, Map<String, List<String>> components, long version) {

        static ResponseEntity<CompositionResponse> of(String country, Composition.Snapshot snapshot) {
            return ResponseEntity.ok().eTag(Versions.etag(snapshot.version()))
                    .body(new CompositionResponse(country.toUpperCase(java.util.Locale.ROOT), snapshot.byName(),
                            snapshot.version()));
        }
    }

    @GetMapping
    ResponseEntity<CompositionResponse> get(@PathVariable String country, Caller caller) {
        caller.requireMemberOf(country);
        return CompositionResponse.of(country, composition.get(country));
    }

    @PutMapping
    ResponseEntity<CompositionResponse> set(@PathVariable String country,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CompositionRequest request, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD);
        return CompositionResponse.of(country,
                composition.set(country, Versions.of(ifMatch, request.version()), request.components()));
    }
}
