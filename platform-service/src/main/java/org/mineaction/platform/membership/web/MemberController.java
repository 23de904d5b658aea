package org.mineaction.platform.membership.web;

import org.mineaction.platform.support.web.Versions;
import jakarta.validation.Valid;
import org.mineaction.chassis.problem.ForbiddenException;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.chassis.security.PlatformRole;
import java.net.URI;
import org.mineaction.platform.membership.MemberImport;
import org.mineaction.platform.membership.Membership;
import org.mineaction.platform.membership.domain.Member;
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

/** The members of a country's platform, and their rights of access and erasure. */
@RestController
@RequestMapping("/api/v1/platforms/{country}/members")
class MemberController {

    private final Membership membership;
    private final MemberImport memberImport;

    MemberController(Membership membership, MemberImport memberImport) {
        this.membership = membership;
        this.memberImport = memberImport;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<MemberResponse> invite(@PathVariable String country, @Valid @RequestBody MemberRequest request,
            Caller caller) {
        if (!caller.hasAnyIn(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT)) {
            // The operator bootstraps a platform by inviting its first lead, and does nothing else here.
            caller.requireGlobal(GlobalRole.OPERATOR);
            if (!"LEAD".equalsIgnoreCase(request.role() == null ? "" : request.role().strip())
                    || membership.hasCurrentLead(country)) {
                throw new ForbiddenException("The operator only invites the first lead of a platform");
            }
        }
        requireLeadToAppointALead(country, request.role(), caller);
        Member member = membership.invite(country, request.draft(), request.consentTextVersion());
        return ResponseEntity.created(location(member)).eTag(Versions.etag(member.version()))
                .body(MemberResponse.of(member));
    }

    /**
     * Invites the members of a CSV file (UTF-8, header row {@code name,email,phone,organisation,category,role,
     * language,timeZone,components}, components separated by ';'). Good rows are kept, bad rows reported; a
     * file that is not well-formed CSV, or has more than 5,000 rows, stores nothing (400); over 1 MiB, 413.
     */
    @PostMapping(path = "/import", consumes = {"text/csv", "application/csv"})
    ImportResponse importCsv(@PathVariable String country, @RequestBody(required = false) byte[] csv, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        return ImportResponse.of(memberImport.importCsv(country, csv == null ? new byte[0] : csv,
                caller.hasAnyIn(country, PlatformRole.LEAD)));
    }

    @GetMapping
    PageResponse<MemberResponse> list(@PathVariable String country, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Caller caller) {
        caller.requireMemberOf(country);
        return PageResponse.of(membership.members(country, page, size), member -> shown(member, country, caller));
    }

    @GetMapping("/{id}")
    ResponseEntity<MemberResponse> get(@PathVariable String country, @PathVariable String id, Caller caller) {
        caller.requireMemberOf(country);
        Member member = membership.member(country, id);
        return ResponseEntity.ok().eTag(Versions.etag(member.version())).body(shown(member, country, caller));
    }

    @PutMapping("/{id}")
    ResponseEntity<MemberResponse> update(@PathVariable String country, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody MemberRequest request, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        requireLeadToAppointALead(country, request.role(), caller);
        if (membership.member(country, id).profile().role() == org.mineaction.platform.membership.domain.PlatformRole.LEAD) {
            requireLeadToAppointALead(country, "LEAD", caller);
        }
        Member member = membership.update(country, id, Versions.of(ifMatch, request.version()), request.draft(),
                request.consentTextVersion());
        return ResponseEntity.ok().eTag(Versions.etag(member.version())).body(MemberResponse.of(member));
    }

    /** The member leaves the platform; they stay in its history. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> leave(@PathVariable String country, @PathVariable String id, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        membership.leave(country, id);
        return ResponseEntity.noContent().build();
    }

    /** Sends an invited member a new invitation (new link; the one sent before stops working). */
    @PostMapping("/{id}/invitation")
    ResponseEntity<MemberResponse> reinvite(@PathVariable String country, @PathVariable String id, Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
        Member member = membership.reinvite(country, id);
        return ResponseEntity.accepted().eTag(Versions.etag(member.version())).body(MemberResponse.of(member));
    }

    /** Everything held about the member (right of access). */
    @GetMapping("/{id}/export")
    ResponseEntity<MemberExportResponse> export(@PathVariable String country, @PathVariable String id,
            Caller caller) {
        caller.requireRole(country, PlatformRole.LEAD);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"member-" + id.replaceAll("[^A-Za-z0-9-]", "")
                        + ".json\"")
                .body(MemberExportResponse.of(membership.export(country, id)));
    }

    /** Erases the member's personal data here and, through MemberErased, in every other service. */
    @DeleteMapping("/{id}/personal-data")
    ResponseEntity<Void> erase(@PathVariable String country, @PathVariable String id, Caller caller) {
        requireLeadOrOperator(country, caller);
        membership.erase(country, id);
        return ResponseEntity.noContent().build();
    }

    /**
     * Who leads a platform is the lead's (or, for the first, the operator's) decision: the
     * secretariat invites and edits members but neither appoints nor demotes a lead.
     */
    private static void requireLeadToAppointALead(String country, String role, Caller caller) {
        boolean aboutALead = role != null && "LEAD".equalsIgnoreCase(role.strip());
        if (aboutALead && caller.hasAnyIn(country, PlatformRole.SECRETARIAT)
                && !caller.hasAnyIn(country, PlatformRole.LEAD)) {
            throw new ForbiddenException("Only the platform's lead appoints or changes a lead");
        }
    }

    /** Erasing another member (a privacy request): the platform's lead, or the operator. */
    private static void requireLeadOrOperator(String country, Caller caller) {
        if (!caller.has(GlobalRole.OPERATOR)) {
            caller.requireRole(country, PlatformRole.LEAD);
        }
    }

    /** Contact data, preferences, consent and declared demographics only to the lead, the secretariat and the member. */
    private static MemberResponse shown(Member member, String country, Caller caller) {
        MemberResponse full = MemberResponse.of(member);
        boolean entitled = caller.hasAnyIn(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT)
                || member.id().equals(caller.subject());
        return entitled ? full : full.withoutPersonalDetails();
    }

    private static URI location(Member member) {
        return URI.create("/api/v1/platforms/" + member.country() + "/members/" + member.id());
    }
}
