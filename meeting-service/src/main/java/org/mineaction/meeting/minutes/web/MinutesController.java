package org.mineaction.meeting.minutes.web;

import java.time.Instant;
import java.util.List;
import org.mineaction.meeting.minutes.MeetingMinutes;
import org.mineaction.meeting.minutes.domain.AuditEntry;
import org.mineaction.meeting.minutes.domain.Minutes;
import org.mineaction.meeting.minutes.domain.ReviewComment;
import org.mineaction.meeting.shared.domain.Versioned;
import org.mineaction.meeting.shared.web.Versions;
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
    ResponseEntity<MinutesResponse> get(@PathVariable String country, @PathVariable String meetingId) {
        return ok(minutes.get(country, meetingId));
    }

    @PutMapping
    ResponseEntity<MinutesResponse> write(@PathVariable String country, @PathVariable String meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody TextRequest request) {
        Long basedOn = ifMatch == null && request.version() == null ? null : Versions.of(ifMatch, request.version());
        return ok(minutes.write(country, meetingId, basedOn, request.text(), "unknown"));
    }

    @PostMapping("/submit")
    ResponseEntity<MinutesResponse> submit(@PathVariable String country, @PathVariable String meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReviewRequest request) {
        return ok(minutes.submit(country, meetingId, Versions.of(ifMatch, request.version()), "unknown"));
    }

    @PostMapping("/return")
    ResponseEntity<MinutesResponse> giveBack(@PathVariable String country, @PathVariable String meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReviewRequest request) {
        return ok(minutes.returnWith(country, meetingId, Versions.of(ifMatch, request.version()), request.comments(),
                "unknown"));
    }

    @PostMapping("/approve")
    ResponseEntity<MinutesResponse> approve(@PathVariable String country, @PathVariable String meetingId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ReviewRequest request) {
        return ok(minutes.approve(country, meetingId, Versions.of(ifMatch, request.version()), "unknown"));
    }

    @GetMapping("/history")
    List<AuditEntry> history(@PathVariable String country, @PathVariable String meetingId) {
        return minutes.get(country, meetingId).state().history();
    }

    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String country, @PathVariable String meetingId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("minutes-" + meetingId + ".pdf").build().toString())
                .body(minutes.pdf(country, meetingId));
    }

    private static ResponseEntity<MinutesResponse> ok(Versioned<Minutes> versioned) {
        return ResponseEntity.ok().eTag(Versions.etag(versioned.version())).body(MinutesResponse.of(versioned));
    }
}
