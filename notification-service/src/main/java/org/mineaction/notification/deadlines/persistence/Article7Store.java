package org.mineaction.notification.deadlines.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Which platforms submitted their Article 7 report for which year ({@code article7_reports}). */
@Repository
public class Article7Store {

    private final MongoTemplate mongo;

    Article7Store(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Idempotent: the report stays submitted. */
    public void submitted(String countryCode, int reportYear, Instant at) {
        mongo.upsert(query(where("_id").is(idOf(countryCode, reportYear))), new Update()
                .set("countryCode", countryCode).set("reportYear", reportYear).set("submitted", true)
                .setOnInsert("submittedAt", at), ReportDocument.class);
    }

    public boolean isSubmitted(String countryCode, int reportYear) {
        return mongo.exists(query(where("_id").is(idOf(countryCode, reportYear)).and("submitted").is(true)),
                ReportDocument.class);
    }

    private static String idOf(String countryCode, int reportYear) {
        return countryCode + "/" + reportYear;
    }

    @Document("article7_reports")
    record ReportDocument(@Id String id, String countryCode, int reportYear, boolean submitted, Instant submittedAt) {
    }
}
