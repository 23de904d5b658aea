package org.mineaction.platform.registry.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.mineaction.platform.registry.PlatformRegistry;
import org.mineaction.platform.registry.domain.Platform;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
    ResponseEntity<PlatformResponse> register(@Valid @RequestBody RegisterPlatformRequest request) {
        Platform platform = registry.register(request.countryCode(), request.name(), request.languages(),
                request.timeZone(), request.contactEmail());
        return ResponseEntity.created(URI.create("/api/v1/platforms/" + platform.country()))
                .body(PlatformResponse.of(platform));
    }

    @GetMapping("/{countryCode}")
    PlatformResponse get(@PathVariable String countryCode) {
        return PlatformResponse.of(registry.get(countryCode));
    }

    @GetMapping
    List<PlatformResponse> all() {
        return registry.all().stream().map(PlatformResponse::of).toList();
    }
}
