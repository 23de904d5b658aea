package org.mineaction.platform.obligations.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.platform.obligations.domain.Article5;
import org.mineaction.platform.obligations.domain.Article7Report;
import org.mineaction.platform.obligations.domain.ConventionObligations;
import org.mineaction.platform.obligations.domain.IndividualisedApproachSession;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A country's Convention obligations as stored, with the events about them still on their way. */
@Document(ObligationsDocument.COLLECTION)
public class ObligationsDocument {

    public static final String COLLECTION = "obligations";

    @Id
    private String country;
    private LocalDate entryIntoForce;
    private Article5 article5;
    private List<Article7Report> article7Reports = new ArrayList<>();
    private List<IndividualisedApproachSession> sessions = new ArrayList<>();
    @Version
    private Long version;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected ObligationsDocument() {
    }

    public static ObligationsDocument of(String country, ConventionObligations obligations) {
        ObligationsDocument document = new ObligationsDocument();
        document.country = country;
        document.entryIntoForce = obligations.entryIntoForce();
        document.article5 = obligations.article5();
        document.article7Reports = obligations.article7Reports();
        document.sessions = obligations.sessions();
        return document;
    }

    public ConventionObligations obligations() {
        return new ConventionObligations(entryIntoForce, article5, article7Reports, sessions);
    }

    public Long version() {
        return version;
    }
}
