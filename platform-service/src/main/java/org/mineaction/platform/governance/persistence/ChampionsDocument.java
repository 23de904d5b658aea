package org.mineaction.platform.governance.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.platform.governance.domain.ChampionAnnouncement;
import org.mineaction.platform.governance.domain.ChampionArrangement;
import org.mineaction.platform.governance.domain.ChampionMode;
import org.mineaction.platform.governance.domain.ChampionTerm;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A platform's champion arrangement, the term last announced and the announcements still on their way. */
@Document(ChampionsDocument.COLLECTION)
public class ChampionsDocument {

    public static final String COLLECTION = "champions";

    @Id
    private String country;
    private ChampionMode mode;
    private List<Term> terms = new ArrayList<>();
    private Term announced;
    @Version
    private Long version;
    private List<OutboxMessage> outbox = new ArrayList<>();

    /** A term as stored. */
    public record Term(String organisationId, LocalDate from, LocalDate to) {

        static Term of(ChampionTerm term) {
            return term == null ? null : new Term(term.organisationId(), term.from(), term.to());
        }

        ChampionTerm toTerm() {
            return new ChampionTerm(organisationId, from, to);
        }
    }

    protected ChampionsDocument() {
    }

    public static ChampionsDocument of(String country, ChampionArrangement arrangement,
            ChampionAnnouncement announcement, List<OutboxMessage> events) {
        ChampionsDocument document = new ChampionsDocument();
        document.country = country;
        document.mode = arrangement.mode();
        document.terms = arrangement.terms().stream().map(Term::of).toList();
        document.announced = Term.of(announcement.announced());
        document.outbox = new ArrayList<>(events);
        return document;
    }

    public String country() {
        return country;
    }

    public ChampionArrangement arrangement() {
        return new ChampionArrangement(mode == null ? ChampionMode.FIXED : mode,
                terms == null ? List.of() : terms.stream().map(Term::toTerm).toList());
    }

    public ChampionAnnouncement announcement() {
        return new ChampionAnnouncement(announced == null ? null : announced.toTerm());
    }

    public Long version() {
        return version;
    }
}
