package org.mineaction.platform.governance.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One term of the champion donor: who, from which day, until which day (inclusive; null for an
 * open-ended fixed champion). Days are in the platform's time zone.
 */
public record ChampionTerm(String organisationId, LocalDate from, LocalDate to) {

    public ChampionTerm {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(from, "from");
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
