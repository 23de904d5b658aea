package org.mineaction.platform.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.platform.governance.domain.ChampionAnnouncement;
import org.mineaction.platform.governance.domain.ChampionArrangement;
import org.mineaction.platform.governance.domain.ChampionTerm;
import org.mineaction.platform.governance.messaging.GovernanceEvents;
import org.mineaction.platform.governance.persistence.ChampionsDocument;
import org.mineaction.platform.governance.persistence.ChampionsRepository;
import org.mineaction.platform.membership.Membership;
import org.mineaction.platform.membership.domain.Organisation;
import org.mineaction.platform.registry.PlatformRegistry;
import org.mineaction.platform.registry.domain.Platform;
import org.mineaction.platform.support.persistence.OptimisticLocking;
import org.mineaction.platform.support.persistence.OutboxWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The champion donor arrangement of a platform: fixed, or rotating by a schedule of terms. Today's
 * champion follows from the date in the platform's time zone; every change of it is announced once
 * (ChampionRotated), when the lead changes the schedule or, for a term that begins, by {@link #rotateDue}.
 */
@Service
public class Champions {

    private static final Logger log = LoggerFactory.getLogger(Champions.class);

    private final PlatformRegistry platforms;
    private final Membership membership;
    private final ChampionsRepository champions;
    private final GovernanceEvents events;
    private final OutboxWrites writes;
    private final Clock clock;

    Champions(PlatformRegistry platforms, Membership membership, ChampionsRepository champions,
            GovernanceEvents events, OutboxWrites writes, Clock clock) {
        this.platforms = platforms;
        this.membership = membership;
        this.champions = champions;
        this.events = events;
        this.writes = writes;
        this.clock = clock;
    }

    /** The arrangement, today's term (if any) with the champion's name, and the version to edit it at. */
    public record View(ChampionArrangement arrangement, Optional<ChampionTerm> current, String currentName,
            LocalDate today, long version) {
    }

    public View get(String country) {
        Platform platform = platforms.get(country);
        ChampionsDocument stored = document(platform.country().value());
        return view(platform, stored.arrangement(), stored.version());
    }

    /**
     * Replaces the arrangement; every organisation must take part in the platform (400), a stale
     * version is 409. If today's champion changes, it is announced in the same write.
     */
    public View set(String country, Long version, String mode, List<ChampionArrangement.TermDraft> terms) {
        Platform platform = platforms.get(country);
        String code = platform.country().value();
        ChampionArrangement arrangement = ChampionArrangement.of(mode, terms);
        for (String id : arrangement.organisationIds()) {
            if (!membership.takesPart(platform.country(), id)) {
                throw new InvalidInputException("terms", "'" + id + "' names no organisation of this platform");
            }
        }
        ChampionsDocument stored = document(code);
        OptimisticLocking.require(version, stored.version());
        save(platform, stored, arrangement);
        return get(code);
    }

    /**
     * Announces, for every platform whose champion changed since the last announcement (a term
     * began or ended), the new champion: once, however many instances run this, since each
     * announcement is written only if nobody changed the platform's arrangement meanwhile.
     *
     * @return how many rotations were announced
     */
    public int rotateDue() {
        int announced = 0;
        for (ChampionsDocument stored : champions.findAll()) {
            try {
                Platform platform = platforms.get(stored.country());
                if (save(platform, stored, stored.arrangement())) {
                    announced++;
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // Another instance or the lead was faster; the next run looks again.
            } catch (RuntimeException e) {
                log.warn("Could not check the champion rotation of {}: {}", stored.country(), e.getMessage());
            }
        }
        return announced;
    }

    /** Writes the arrangement with the announcement due today, if any; returns whether one was due. */
    private boolean save(Platform platform, ChampionsDocument stored, ChampionArrangement arrangement) {
        String code = platform.country().value();
        Optional<ChampionAnnouncement.Change> due = stored.announcement().due(arrangement, today(platform));
        boolean unchanged = arrangement.equals(stored.arrangement());
        if (unchanged && due.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        List<OutboxMessage> outbox = new ArrayList<>();
        ChampionAnnouncement announcement = stored.announcement();
        if (due.isPresent()) {
            ChampionTerm current = due.get().current();
            String name = current == null ? null : organisationName(code, current.organisationId());
            outbox.add(events.championRotated(code, due.get(), name, now));
            announcement = due.get().after();
        }
        writes.update(code, stored.version(), ChampionsDocument.of(code, arrangement, announcement, List.of()), outbox,
                null);
        return due.isPresent();
    }

    private View view(Platform platform, ChampionArrangement arrangement, long version) {
        LocalDate today = today(platform);
        Optional<ChampionTerm> current = arrangement.current(today);
        String name = current.map(term -> organisationName(platform.country().value(), term.organisationId()))
                .orElse(null);
        return new View(arrangement, current, name, today, version);
    }

    private String organisationName(String country, String organisationId) {
        try {
            Organisation organisation = membership.organisation(country, organisationId);
            return organisation.name();
        } catch (RuntimeException gone) {
            return null;
        }
    }

    private LocalDate today(Platform platform) {
        return LocalDate.ofInstant(clock.instant(), platform.timeZone());
    }

    private ChampionsDocument document(String country) {
        return champions.findById(country).orElseGet(() -> {
            try {
                return champions.insert(ChampionsDocument.of(country, ChampionArrangement.NONE,
                        ChampionAnnouncement.NOTHING, List.of()));
            } catch (DuplicateKeyException raced) {
                return champions.findById(country).orElseThrow();
            }
        });
    }
}
