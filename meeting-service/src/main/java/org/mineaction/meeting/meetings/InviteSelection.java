package org.mineaction.meeting.meetings;

import java.util.Set;
import org.mineaction.meeting.members.domain.Component;

/**
 * Whom to invite: every current member, the members of some components, or chosen members (any
 * combination; the union is invited).
 */
public record InviteSelection(boolean allMembers, Set<Component> components, Set<String> memberIds) {

    public InviteSelection {
        components = components == null ? Set.of() : Set.copyOf(components);
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }

    public boolean isEmpty() {
        return !allMembers && components.isEmpty() && memberIds.isEmpty();
    }
}
