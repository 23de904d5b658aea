package org.mineaction.platform.registry.web;

import jakarta.validation.Valid;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.chassis.security.PlatformRole;
import java.net.URI;
import java.util.List;
import org.mineaction.platform.registry.PlatformRegistry;
import org.mineaction.platform.registry.domain.Platform;
import org.mineaction.platform.support.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/platforms")
class PlatformController {

    private final PlatformRegistry registry;

    PlatformController(PlatformRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    ResponseEntity<PlatformResponse> register(@Valid @RequestBody RegisterPlatformRequest request, Caller caller) {
        caller.requireGlobal(GlobalRole.OPERATOR);
        Platform platform = registry.register(request.countryCode(), request.name(), request.languages(),
                request.timeZone(), request.contactEmail());
        return ResponseEntity.created(URI.create("/api/v1/platforms/" + platform.country()))
                .body(PlatformResponse.of(platform));
    }

    @GetMapping("/{countryCode}")
    ResponseEntity<PlatformResponse> get(@PathVariable String countryCode, Caller caller) {
        caller.requireMemberOf(countryCode, GlobalRole.OPERATOR, GlobalRole.ISU_ANALYST);
        return withETag(registry.get(countryCode));
    }

    /** The lead changes the platform's settings; send the version read (If-Match or body). */
    @PutMapping("/{countryCode}")
    ResponseEntity<PlatformResponse> updateSettings(@PathVariable String countryCode,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PlatformSettingsRequest request, Caller caller) {
        caller.requireRole(countryCode, PlatformRole.LEAD);
        return withETag(registry.updateSettings(countryCode, Versions.of(ifMatch, request.version()),
                request.settings()));
    }

    private static ResponseEntity<PlatformResponse> withETag(Platform platform) {
        return ResponseEntity.ok().eTag(Versions.etag(platform.version())).body(PlatformResponse.of(platform));
    }

    /** Every platform for the operator and the ISU; the caller's own platforms for everyone else. */
    @GetMapping
    List<PlatformResponse> all(Caller caller) {
        boolean everyone = caller.has(GlobalRole.OPERATOR) || caller.has(GlobalRole.ISU_ANALYST);
        return registry.all().stream().filter(platform -> everyone || caller.belongsTo(platform.country().value()))
                .map(PlatformResponse::of).toList();
    }
}
