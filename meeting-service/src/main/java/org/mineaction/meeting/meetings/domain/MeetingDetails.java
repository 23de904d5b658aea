package org.mineaction.meeting.meetings.domain;

import org.mineaction.meeting.shared.domain.Checks;
import org.mineaction.meeting.shared.domain.Objective;

/** What a meeting is: its kind, title, focus objective and confidentiality. */
public record MeetingDetails(MeetingType type, String title, Objective objective, Confidentiality confidentiality) {

    public MeetingDetails {
        Checks.required("type", type);
        title = Checks.text("title", title, 200);
        Checks.required("objective", objective);
        confidentiality = confidentiality == null ? Confidentiality.MEMBERS : confidentiality;
    }
}
