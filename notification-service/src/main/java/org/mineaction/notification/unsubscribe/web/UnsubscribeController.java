package org.mineaction.notification.unsubscribe.web;

import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.notification.unsubscribe.Unsubscribes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs {@code List-Unsubscribe=One-Click} to the
 * URL of the {@code List-Unsubscribe} header. No GET: link scanners and prefetchers follow GETs,
 * and must not unsubscribe anyone. Idempotent: unsubscribing twice is fine.
 */
@RestController
class UnsubscribeController {

    private final Unsubscribes unsubscribes;

    UnsubscribeController(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @PostMapping(Unsubscribes.PATH + "{token}")
    ResponseEntity<Void> unsubscribe(@PathVariable String token) {
        return switch (unsubscribes.unsubscribe(token)) {
            case UNSUBSCRIBED -> ResponseEntity.noContent().build();
            case INVALID_TOKEN -> throw new NotFoundException("This unsubscribe link is not valid");
            case CRITICAL_CATEGORY -> throw new ConflictException("critical-category",
                    "These messages (meeting changes and cancellations, account messages) always go");
        };
    }
}
