package org.mineaction.reporting.platforms.web;

import java.time.Instant;
import java.util.List;
import org.mineaction.reporting.platforms.domain.PlatformSummary;

/** One platform in the report. */
record PlatformRow(String countryCode, String name, List<String> languages, String timeZone, Instant registeredAt) {

    static PlatformRow of(PlatformSummary summary) {
        return new PlatformRow(summary.countryCode().value(), summary.name(), summary.languages(),
                summary.timeZone(), summary.registeredAt());
    }
}
