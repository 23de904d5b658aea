package org.mineaction.platform.registry.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an operator sends to register a platform. Only these fields are read: an id, status or
 * anything else in the body is ignored rather than assigned.
 */
record RegisterPlatformRequest(
        @NotBlank @Size(min = 3, max = 3) String countryCode,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 3) String> languages,
        @NotBlank @Size(max = 64) String timeZone,
        @NotBlank @Email @Size(max = 254) String contactEmail) {
}
