package org.mineaction.meeting.actions.domain;

import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.shared.domain.Checks;

/** Who owns an action point: one member, or one organisation; never both. */
public record Owner(String memberId, String organisationId) {

    public Owner {
        memberId = memberId == null || memberId.isBlank() ? null : Checks.id("ownerMemberId", memberId);
        organisationId = organisationId == null || organisationId.isBlank() ? null
                : Checks.id("ownerOrganisationId", organisationId);
        if ((memberId == null) == (organisationId == null)) {
            throw new InvalidInputException("ownerMemberId", "give exactly one owner: a member or an organisation");
        }
    }
}
