package org.mineaction.platform.obligations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.platform.obligations.domain.ConventionObligations;
import org.mineaction.platform.obligations.messaging.ObligationEvents;
import org.mineaction.platform.obligations.persistence.ObligationsDocument;
import org.mineaction.platform.obligations.persistence.ObligationsRepository;
import org.mineaction.platform.registry.PlatformRegistry;
import org.mineaction.platform.registry.domain.Platform;
import org.mineaction.platform.support.persistence.OptimisticLocking;
import org.mineaction.platform.support.persistence.OutboxWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A country's Convention obligations: entry into force, Article 5 deadline and extensions,
 * Article 7 reports, individualised-approach sessions. Every change names the version it was based
 * on (409 when stale) and is announced in the same write (ObligationChanged, Article7ReportSubmitted).
 */
@Service
public class Obligations {

    private final PlatformRegistry platforms;
    private final ObligationsRepository obligations;
    private final ObligationEvents events;
    private final OutboxWrites writes;
    private final Clock clock;

    Obligations(PlatformRegistry platforms, ObligationsRepository obligations, ObligationEvents events,
            OutboxWrites writes, Clock clock) {
        this.platforms = platforms;
        this.obligations = obligations;
        this.events = events;
        this.writes = writes;
        this.clock = clock;
    }

    /** The obligations and the version to change them at. */
    public record Versioned(ConventionObligations obligations, long version) {
    }

    public Versioned get(String country) {
        ObligationsDocument stored = document(platforms.get(country).country().value());
        return new Versioned(stored.obligations(), stored.version());
    }

    public Versioned setBasics(String country, Long version, String entryIntoForce, String originalDeadline,
            String completedOn) {
        return change(country, version, current -> current.withBasics(entryIntoForce, originalDeadline, completedOn));
    }

    public Versioned addExtension(String country, Long version, String newDeadline, String grantedOn,
            String decidedBy) {
        return change(country, version, current -> current.withExtension(newDeadline, grantedOn, decidedBy));
    }

    public Versioned addSession(String country, Long version, String heldOn, String title, String meetingId) {
        return change(country, version, current -> current.withSession(heldOn, title, meetingId));
    }

    /** Records when the report on a year was submitted; announced as Article7ReportSubmitted. */
    public Versioned recordArticle7(String country, Long version, int reportYear, boolean initial,
            String submittedOn) {
        Platform platform = platforms.get(country);
        String code = platform.country().value();
        ObligationsDocument stored = document(code);
        LocalDate today = LocalDate.ofInstant(clock.instant(), platform.timeZone());
        ConventionObligations changed = stored.obligations().withArticle7(reportYear, initial, submittedOn, today);
        OptimisticLocking.require(version, stored.version());
        if (changed.equals(stored.obligations())) {
            return new Versioned(changed, stored.version());
        }
        save(code, stored, changed, events.article7Submitted(code, changed.article7(reportYear), clock.instant()));
        return get(code);
    }

    private Versioned change(String country, Long version, UnaryOperator<ConventionObligations> rule) {
        String code = platforms.get(country).country().value();
        ObligationsDocument stored = document(code);
        ConventionObligations changed = rule.apply(stored.obligations());
        OptimisticLocking.require(version, stored.version());
        if (changed.equals(stored.obligations())) {
            return new Versioned(changed, stored.version());
        }
        Instant now = clock.instant();
        save(code, stored, changed, events.changed(code, changed, stored.version() + 1, now));
        return get(code);
    }

    private void save(String code, ObligationsDocument stored, ConventionObligations changed, OutboxMessage event) {
        writes.update(code, stored.version(), ObligationsDocument.of(code, changed), List.of(event), null);
    }

    private ObligationsDocument document(String country) {
        return obligations.findById(country).orElseGet(() -> {
            try {
                return obligations.insert(ObligationsDocument.of(country, ConventionObligations.NONE));
            } catch (DuplicateKeyException raced) {
                return obligations.findById(country).orElseThrow();
            }
        });
    }
}
