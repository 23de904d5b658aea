package org.mineaction.meeting.meetings.web;

import java.util.List;
import org.mineaction.meeting.meetings.domain.AgendaItem;
import org.mineaction.meeting.shared.domain.Objective;

/** One agenda item as a client sends it. */
record AgendaItemRequest(String title, Objective objective, String presenter, Integer durationMinutes) {

    AgendaItem toItem() {
        return new AgendaItem(title, objective, presenter, durationMinutes == null ? 0 : durationMinutes);
    }

    static List<AgendaItem> items(List<AgendaItemRequest> requests) {
        return requests == null ? List.of() : requests.stream().map(AgendaItemRequest::toItem).toList();
    }
}
