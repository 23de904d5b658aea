package org.mineaction.platform.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mineaction.platform.registry.domain.Platform;

/**
 * What the lead sends to change the platform's settings. Only these fields are read: a country
 * code, contact, registration date or anything else in the body is ignored rather than assigned.
 */
record PlatformSettingsRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 3) String> languages,
        @NotBlank @Size(max = 64) String timeZone,
        @Size(max = 32) String region,
        @Size(max = 64) String leadOrganisationId,
        @Size(max = 64) String secretariatOrganisationId,
        @Size(max = 32) String cadence,
        @Size(max = 64) String focusObjective,
        @Size(max = 32) String status,
        Long version) {

    Platform.Settings settings() {
        return new Platform.Settings(name, languages, timeZone, region, leadOrganisationId, secretariatOrganisationId,
                cadence, focusObjective, status);
    }
}
