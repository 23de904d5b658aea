package org.mineaction.notification.unsubscribe.persistence;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code opt_outs} collection: one document per member and category they opted out of, keyed
 * by both, so opting out twice is one upsert and checking is one lookup by id.
 */
@Repository
public class OptOutStore {

    static final String COLLECTION = "opt_outs";

    private final MongoTemplate mongo;

    OptOutStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return true when the member was not opted out of the category before */
    public boolean optOut(String memberId, String category, Instant at) {
        Update update = new Update().setOnInsert("memberId", memberId).setOnInsert("category", category)
                .setOnInsert("optedOutAt", at);
        return mongo.upsert(query(where("_id").is(id(memberId, category))), update, COLLECTION).getUpsertedId() != null;
    }

    public boolean isOptedOut(String memberId, String category) {
        return mongo.exists(query(where("_id").is(id(memberId, category))), COLLECTION);
    }

    /** Of {@code (memberId, category)} pairs, written {@code memberId|category}, those opted out: one query for a batch. */
    public Set<String> optedOutAmong(Collection<String> memberCategoryPairs) {
        if (memberCategoryPairs.isEmpty()) {
            return Set.of();
        }
        return mongo.find(query(where("_id").in(memberCategoryPairs)), org.bson.Document.class, COLLECTION).stream()
                .map(document -> document.getString("_id")).collect(Collectors.toSet());
    }

    public static String id(String memberId, String category) {
        return memberId + "|" + category;
    }
}
