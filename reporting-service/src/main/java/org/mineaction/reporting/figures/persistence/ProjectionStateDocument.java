package org.mineaction.reporting.figures.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** Which generation of the figures the reports read, and which one a rebuild is building. */
record ProjectionStateDocument(@Id String id, int active, Integer building, Instant buildingSince,
        Instant switchedAt) {

    static final String COLLECTION = "projection_state";
    static final String FIGURES = "figures";
}
