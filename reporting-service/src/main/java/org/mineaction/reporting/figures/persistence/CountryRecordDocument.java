package org.mineaction.reporting.figures.persistence;

import java.util.Map;
import org.mineaction.reporting.figures.domain.Commitment;
import org.mineaction.reporting.figures.domain.CountryRecord;
import org.mineaction.reporting.figures.domain.Meeting;
import org.mineaction.reporting.figures.domain.Outcome;
import org.springframework.data.annotation.Id;

/** One country's meetings, outcomes and commitments (ids, dates, categories and amounts; never a person's name). */
record CountryRecordDocument(@Id String countryCode, Map<String, Meeting> meetings, Map<String, Outcome> outcomes,
        Map<String, Commitment> commitments) {

    static final String COLLECTION = "country_records";

    static CountryRecordDocument of(CountryRecord record) {
        return new CountryRecordDocument(record.countryCode(), record.meetings(), record.outcomes(),
                record.commitments());
    }

    CountryRecord toRecord() {
        return new CountryRecord(countryCode, meetings, outcomes, commitments);
    }
}
