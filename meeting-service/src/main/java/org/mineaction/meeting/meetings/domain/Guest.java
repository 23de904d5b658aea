package org.mineaction.meeting.meetings.domain;

import org.mineaction.meeting.members.domain.StakeholderCategory;
import org.mineaction.meeting.shared.domain.Checks;

/** Someone who attended without being a member: named in the minutes, counted by category in events. */
public record Guest(String name, String organisation, StakeholderCategory category) {

    public Guest {
        name = Checks.text("guests.name", name, 200);
        organisation = Checks.text("guests.organisation", organisation, 200);
        Checks.required("guests.category", category);
    }
}
