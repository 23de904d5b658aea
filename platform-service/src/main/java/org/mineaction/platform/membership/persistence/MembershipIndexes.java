package org.mineaction.platform.membership.persistence;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Creates the indexes membership relies on for correctness at start (idempotent). */
@Component
class MembershipIndexes {

    private final MongoTemplate mongo;

    MembershipIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        // One member per e-mail address and platform, even when two requests race.
        mongo.indexOps(MemberDocument.class).createIndex(new Index().on("country", Sort.Direction.ASC)
                .on("emailKey", Sort.Direction.ASC).unique().named("member_email_per_country"));
        // A platform's member list, page by page, and whether an organisation still has members.
        mongo.indexOps(MemberDocument.class).createIndex(new Index().on("country", Sort.Direction.ASC)
                .on("invitedAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("member_list_per_country"));
        mongo.indexOps(MemberDocument.class).createIndex(new Index().on("country", Sort.Direction.ASC)
                .on("organisationId", Sort.Direction.ASC).named("member_organisation_per_country"));
        // One organisation per name and platform.
        mongo.indexOps(OrganisationDocument.class).createIndex(new Index().on("country", Sort.Direction.ASC)
                .on("nameKey", Sort.Direction.ASC).unique().named("organisation_name_per_country"));
    }
}
