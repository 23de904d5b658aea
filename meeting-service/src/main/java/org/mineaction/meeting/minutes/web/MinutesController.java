package org.mineaction.meeting.minutes.web;

import java.time.Instant;
import java.util.List;
import org.mineaction.meeting.minutes.MeetingMinutes;
import org.mineaction.meeting.minutes.domain.AuditEntry;
import org.mineaction.meeting.minutes.domain.Minutes;
import org.mineaction.meeting.minutes.domain.ReviewComment;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.web.Versions;
import org.mineaction.chassis.security.Caller;
import org.mineaction.meeting.shared.web.Access;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The minutes of a meeting: draft, submit, return, approve, history, PDF. */
@RestController
@RequestMapping("/api/v1/platforms/{country}/meetings/{meetingId}/minutes")
class MinutesController {

    private final MeetingMinutes minutes;

    MinutesController(MeetingMinutes minutes) {
        this.minutes = minutes;
    }

    record TextRequest(String text, Long version) {
    }

    record ReviewRequest(List<String> comments, Long version) {
    }

    record MinutesResponse(String meetingId, String status, String text, int minutesVersion,
            List<ReviewComment> comments, String approvedBy, Instant approvedAt, long version) {

        static MinutesResponse of(Versioned<Minutes> versioned) {
            Minutes m = versioned.state();
            return new MinutesResponse(m.meetingId(), m.status().name(), m.text(), m.version(), m.comments(),
                    m.approvedBy(), m.approvedAt(), versioned.version());
        }
    }

    @GetMapping
    ResponseEntity<MinutesResponse> get(@PathVariable String country, @PathVariable String meetingId,
            Caller caller) {
        return ok(minutes.get(country, meetingId, Access.viewer(caller, country)));
    }

    @PutMapping
    ResponseEntity<MinutesResponse> write(@PathVariable String country, @PathVariable String meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody TextRequest request,
            Caller caller) {
        Access.organiser(caller, country);
        Long basedOn = ifMatch == null && request.version() == null ? null : Versions.of(ifMatch, request.version());
        return ok(minutes.write(country, meetingId, basedOn, request.text(), caller.subject()));
    }

    @PostMapping("/submit")
    ResponseEntity<MinutesResponse> submit(@PathVariable String country, @PathVariable String meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReviewRequest request,
            Caller caller) {
        Access.organiser(caller, country);
        return ok(minutes.submit(country, meetingId, Versions.of(ifMatch, request.version()), caller.subject()));
    }

    @PostMapping("/return")
    ResponseEntity<MinutesResponse> giveBack(@PathVariable String country, @PathVariable String meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReviewRequest request,
            Caller caller) {
        Access.lead(caller, country);
        return ok(minutes.returnWith(country, meetingId, Versions.of(ifMatch, request.version()), request.comments(),
                caller.subject()));
    }

    @PostMapping("/approve")
    ResponseEntity<MinutesResponse> approve(@PathVariable String country, @PathVariable String meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReviewRequest request,
            Caller caller) {
        Access.lead(caller, country);
        return ok(minutes.approve(country, meetingId, Versions.of(ifMatch, request.version()), caller.subject()));
    }

    @GetMapping("/history")
    List<AuditEntry> history(@PathVariable String country, @PathVariable String meetingId, Caller caller) {
        Access.organiserReads(caller, country);
        return minutes.get(country, meetingId).state().history();
    }

    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String country, @PathVariable String meetingId, Caller caller) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("minutes-" + meetingId + ".pdf").build().toString())
                .body(minutes.pdf(country, meetingId, Access.viewer(caller, country)));
    }

    private static ResponseEntity<MinutesResponse> ok(Versioned<Minutes> versioned) {
        return ResponseEntity.ok().eTag(Versions.etag(versioned.version())).body(MinutesResponse.of(versioned));
    }
}
