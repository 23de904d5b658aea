package org.mineaction.platform.membership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mineaction.chassis.security.Caller;
import org.mineaction.platform.membership.SelfService;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.support.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own data: every membership (with their own contact data), their profile and
 * notification preferences, an export of everything held, erasure. Who the caller is comes from
 * the token only; a membership of somebody else is not found.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final SelfService self;

    MeController(SelfService self) {
        this.self = self;
    }

    record MeResponse(String subject, List<MemberResponse> memberships) {
    }

    /** Only these fields are read: organisation, role, components, e-mail, id or country are the platform's. */
    record ProfileRequest(@Size(max = 200) String name, @Size(max = 40) String phone, @Size(max = 8) String language,
            @Size(max = 64) String timeZone, @Size(max = 32) String gender, @Size(max = 32) String ageGroup,
            Boolean disability, Boolean survivor, Long version) {
    }

    record QuietHoursRequest(@Size(max = 5) String from, @Size(max = 5) String to) {
    }

    record PreferencesRequest(
            @Size(max = 4) Map<@Size(max = 8) String, @Size(max = 10) List<@Size(max = 32) String>> notificationPreferences,
            @Valid QuietHoursRequest quietHours, Long version) {
    }

    record ExportResponse(Instant exportedAt, String controller, List<MemberExportResponse> memberships) {
    }

    @GetMapping
    MeResponse me(Caller caller) {
        return new MeResponse(caller.subject(), self.memberships(caller.subject()).stream().map(MemberResponse::of)
                .toList());
    }

    @PutMapping("/memberships/{memberId}/profile")
    ResponseEntity<MemberResponse> profile(@PathVariable String memberId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ProfileRequest request, Caller caller) {
        Member member = self.updateProfile(caller.subject(), memberId, Versions.of(ifMatch, request.version()),
                new SelfService.ProfileDraft(request.name(), request.phone(), request.language(), request.timeZone(),
                        request.gender(), request.ageGroup(), request.disability(), request.survivor()));
        return ResponseEntity.ok().eTag(Versions.etag(member.version())).body(MemberResponse.of(member));
    }

    @PutMapping("/memberships/{memberId}/preferences")
    ResponseEntity<MemberResponse> preferences(@PathVariable String memberId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PreferencesRequest request, Caller caller) {
        QuietHoursRequest quiet = request.quietHours() == null ? new QuietHoursRequest(null, null) : request.quietHours();
        Member member = self.updatePreferences(caller.subject(), memberId, Versions.of(ifMatch, request.version()),
                request.notificationPreferences(), quiet.from(), quiet.to());
        return ResponseEntity.ok().eTag(Versions.etag(member.version())).body(MemberResponse.of(member));
    }

    /** Everything held about the caller, on every platform (right of access). */
    @GetMapping("/export")
    ResponseEntity<ExportResponse> export(Caller caller) {
        List<MemberExportResponse> exports = self.export(caller.subject()).stream().map(MemberExportResponse::of)
                .toList();
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"my-data.json\"")
                .body(new ExportResponse(Instant.now(), "platform-service", exports));
    }

    /** Erases the caller on every platform; MemberErased tells every other service. */
    @DeleteMapping
    ResponseEntity<Void> erase(Caller caller) {
        self.eraseSelf(caller.subject());
        return ResponseEntity.noContent().build();
    }
}
