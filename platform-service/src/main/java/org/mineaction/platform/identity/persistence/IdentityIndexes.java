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
        // Lookups of the authorization server by state, code and token; cleanup by expiry (TTL on
        // MongoDB; the Mongo wire server of local mode ignores TTL, which costs space, not correctness).
        var authorizations = mongo.indexOps(MongoAuthorizationService.AuthorizationDocument.class);
        for (String field : new String[] {"stateHash", "codeHash", "accessTokenHash", "refreshTokenHash", "idTokenHash"}) {
            authorizations.createIndex(new Index(field, Sort.Direction.ASC).sparse());
        }
        authorizations.createIndex(new Index("expiresAt", Sort.Direction.ASC).expire(java.time.Duration.ZERO));
    }
}
