package org.mineaction.notification.deadletter.web;

import java.util.List;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.notification.deadletter.DeadLetter;
import org.mineaction.notification.deadletter.DeadLetters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's view of the messages given up, and their replay. Operators only. */
@RestController
@RequestMapping("/api/v1/notifications/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetter> list(Caller caller) {
        caller.requireGlobal(GlobalRole.OPERATOR);
        return deadLetters.list();
    }

    /** 202: queued again, it goes out shortly (SMS: not during the member's night). */
    @PostMapping("/{id}/replay")
    ResponseEntity<Void> replay(@PathVariable String id, Caller caller) {
        caller.requireGlobal(GlobalRole.OPERATOR);
        return switch (deadLetters.replay(id)) {
            case REQUEUED -> ResponseEntity.accepted().build();
            case NOT_FOUND -> throw new NotFoundException("No notification " + id);
            case NOT_FAILED -> throw new ConflictException("not-failed",
                    "Only a failed notification can be replayed; this one is queued, sent or skipped");
        };
    }
}
