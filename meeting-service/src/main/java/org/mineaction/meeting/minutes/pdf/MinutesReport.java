package org.mineaction.meeting.minutes.pdf;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the PDF of a meeting's minutes shows. Under the Chatham House Rule the renderer leaves out
 * every attribution: guests' names and who raised an outcome.
 */
public record MinutesReport(String platformName, String title, String type, String objective,
        ZonedDateTime startsAt, String place, boolean chathamHouse, String status, List<String> agenda,
        List<OrganisationLine> attendees, List<GuestLine> guests, String text, List<OutcomeLine> outcomes,
        List<ActionLine> actionPoints) {

    /** Members who attended, by organisation. */
    public record OrganisationLine(String organisation, String category, int members) {
    }

    public record GuestLine(String name, String organisation, String category) {
    }

    public record OutcomeLine(String kind, String topic, String text, String attribution, boolean carriedToArticle7) {
    }

    public record ActionLine(String description, String owner, LocalDate dueDate, String status) {
    }
}
