package org.mineaction.platform.governance.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/** Today's champion donor changed (schema platform-champion-rotated.v1.json); organisations only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChampionRotatedV1(String countryCode, String arrangement, String championOrganisationId,
        String championName, LocalDate termFrom, LocalDate termTo, String previousChampionOrganisationId,
        Instant occurredAt) {
}
