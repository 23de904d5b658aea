package org.mineaction.reporting.figures.persistence;

import java.util.Map;
import org.mineaction.reporting.figures.domain.ActionPoint;
import org.springframework.data.annotation.Id;

/**
 * The action points of one country opened in one year ({@code COUNTRY:YEAR}), in one document: the
 * year's figures come from one read by id, and a replayed event replaces its point in the map
 * instead of counting it again. Dates and status only, never the owner.
 */
record ActionPointBucket(@Id String id, String countryCode, int year, Map<String, ActionPoint> items) {

    static final String COLLECTION = "action_point_buckets";
}
