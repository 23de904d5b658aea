package org.mineaction.notification.sms.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.mineaction.notification.sms.SmsMessages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SMS provider's status callback ({@code StatusCallback}): form-encoded, signed with the
 * account's auth token in {@code X-Twilio-Signature}. Unsigned or wrongly signed calls get 403 and
 * change nothing.
 */
@RestController
class SmsStatusController {

    static final String SIGNATURE = "X-Twilio-Signature";

    private final SmsMessages messages;

    SmsStatusController(SmsMessages messages) {
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/notifications/sms/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> status(@RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SIGNATURE, required = false) String signature, HttpServletRequest request) {
        Map<String, String> parameters = new HashMap<>();
        form.forEach((name, values) -> parameters.put(name, values.isEmpty() ? "" : values.getFirst()));
        boolean accepted = messages.statusReported(request.getRequestURL().toString(), parameters, signature);
        return accepted ? ResponseEntity.noContent().build() : ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
}
