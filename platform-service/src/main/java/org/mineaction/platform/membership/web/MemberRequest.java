package org.mineaction.platform.membership.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.mineaction.platform.membership.domain.MemberProfile;

/**
 * What a client sends to invite a member or change one. Only these fields are read: an id,
 * country or status in the body is ignored rather than assigned. The rules themselves live in
 * {@link MemberProfile#validate}; the limits here only keep absurd input out.
 *
 * @param notificationPreferences channel (EMAIL, SMS) to the categories wanted on it; CRITICAL is always on
 * @param consentTextVersion      the version of the consent text the member agreed to, if they did
 * @param version                 the version a change is based on, when no If-Match header is sent
 */
record MemberRequest(
        @Size(max = 200) String name,
        @Size(max = 64) String organisationId,
        @Size(max = 32) String role,
        @Size(max = 10) List<@Size(max = 32) String> components,
        @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 8) String language,
        @Size(max = 64) String timeZone,
        @Size(max = 4) Map<@Size(max = 8) String, @Size(max = 10) List<@Size(max = 32) String>> notificationPreferences,
        @Size(max = 32) String consentTextVersion,
        @Size(max = 32) String gender,
        @Size(max = 32) String ageGroup,
        Boolean disability,
        Boolean survivor,
        Long version) {

    MemberProfile.Draft draft() {
        return new MemberProfile.Draft(name, organisationId, role, components, email, phone, language, timeZone,
                notificationPreferences, gender, ageGroup, disability, survivor);
    }
}
