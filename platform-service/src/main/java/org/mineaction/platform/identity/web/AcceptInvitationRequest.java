package org.mineaction.platform.identity.web;

import jakarta.validation.constraints.NotNull;

/** The password the invited person chooses; the rules are checked by the domain. */
record AcceptInvitationRequest(@NotNull String password) {

    @Override
    public String toString() {
        return "AcceptInvitationRequest[password=***]";
    }
}
