package org.mineaction.platform.membership.web;

import java.time.Instant;
import org.mineaction.platform.membership.MemberExport;

/**
 * Everything platform-service holds about a member, for their right of access: the member record
 * (contact data, preferences, consent, declared demographics, history) and their organisation.
 */
record MemberExportResponse(Instant exportedAt, String controller, MemberResponse member,
        OrganisationResponse organisation) {

    static MemberExportResponse of(MemberExport export) {
        return new MemberExportResponse(export.exportedAt(), "platform-service", MemberResponse.of(export.member()),
                export.organisation() == null ? null : OrganisationResponse.of(export.organisation()));
    }
}
