package org.mineaction.platform.membership.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.platform.membership.domain.Organisation;
import org.mineaction.platform.membership.domain.StakeholderCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An organisation as stored; {@code nameKey} makes its name unique within its platform. */
@Document(OrganisationDocument.COLLECTION)
public class OrganisationDocument {

    public static final String COLLECTION = "organisations";

    @Id
    private String id;
    private String country;
    private String name;
    private String nameKey;
    private StakeholderCategory category;
    private String countryOfOrigin;
    private Instant createdAt;
    @Version
    private Long version;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected OrganisationDocument() {
    }

    /** The organisation with the events its change causes, to be written together. */
    public static OrganisationDocument of(Organisation organisation, List<OutboxMessage> events) {
        OrganisationDocument document = of(organisation);
        document.outbox = new ArrayList<>(events);
        return document;
    }

    public static OrganisationDocument of(Organisation organisation) {
        OrganisationDocument document = new OrganisationDocument();
        document.id = organisation.id();
        document.country = organisation.country().value();
        document.name = organisation.name();
        document.nameKey = Organisation.nameKey(organisation.name());
        document.category = organisation.category();
        document.countryOfOrigin = organisation.countryOfOrigin() == null ? null : organisation.countryOfOrigin().value();
        document.createdAt = organisation.createdAt();
        document.version = organisation.version();
        return document;
    }

    public Organisation toOrganisation() {
        return new Organisation(id, new CountryCode(country), name, category,
                countryOfOrigin == null ? null : new CountryCode(countryOfOrigin), createdAt, version);
    }
}
