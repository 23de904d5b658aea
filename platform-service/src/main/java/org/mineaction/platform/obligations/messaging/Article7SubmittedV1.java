package org.mineaction.platform.obligations.messaging;

import java.time.Instant;
import java.time.LocalDate;
import org.mineaction.platform.obligations.domain.Article7Report;

/** An Article 7 report was recorded as submitted (schema platform-article7-submitted.v1.json). */
public record Article7SubmittedV1(String countryCode, int reportYear, boolean initial, LocalDate dueDate,
        LocalDate submittedOn, boolean onTime, Instant occurredAt) {

    static Article7SubmittedV1 of(String country, Article7Report report, Instant occurredAt) {
        return new Article7SubmittedV1(country, report.reportYear(), report.initial(), report.dueDate(),
                report.submittedOn(), report.onTime(), occurredAt);
    }
}
