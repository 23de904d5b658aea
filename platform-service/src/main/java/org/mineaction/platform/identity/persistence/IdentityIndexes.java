package org.mineaction.platform.identity.persistence;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Creates the indexes identity relies on for correctness at start (idempotent). */
@Component
class IdentityIndexes {

    private final MongoTemplate mongo;

    IdentityIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        // One account per login e-mail, even when two invitations race.
        mongo.indexOps(UserAccountDocument.class).createIndex(new Index("email", Sort.Direction.ASC).unique());
    }
}
