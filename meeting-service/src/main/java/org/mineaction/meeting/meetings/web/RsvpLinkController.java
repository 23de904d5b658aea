package org.mineaction.meeting.meetings.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mineaction.meeting.meetings.Meetings;
import org.mineaction.meeting.meetings.domain.Meeting;
import org.mineaction.meeting.meetings.domain.RsvpResponse;
import org.mineaction.meeting.meetings.domain.RsvpToken;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The signed RSVP link of an invitation e-mail ({@code PUBLIC_BASE_URL/api/v1/meetings/rsvp/{token}}): no login, the token names the meeting and the
 * member. GET only shows the choice (mail scanners follow links); the answer is a POST, from the
 * page's form or as JSON. A tampered or expired token is a 400 problem and changes nothing.
 */
@RestController
@RequestMapping(RsvpLinkController.PATH + "/{token}")
class RsvpLinkController {

    /** Public (see {@code mineaction.security.public-paths}): the link itself is the credential. */
    static final String PATH = "/api/v1/meetings/rsvp";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm (VV)",
            Locale.ENGLISH);

    private final Meetings meetings;

    RsvpLinkController(Meetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String token, @RequestParam(required = false) RsvpResponse response) {
        Meeting meeting = meetings.meetingOfLink(token);
        StringBuilder choices = new StringBuilder();
        for (RsvpResponse choice : RsvpResponse.values()) {
            choices.append("<label><input type=\"radio\" name=\"response\" value=\"").append(choice.name())
                    .append('"').append(choice == response ? " checked" : "").append("> ")
                    .append(label(choice)).append("</label><br>");
        }
        return html("Your answer", "<h1>" + escape(meeting.details().title()) + "</h1><p>"
                + escape(WHEN.format(meeting.schedule().localStart())) + "</p><form method=\"post\">" + choices
                + "<button type=\"submit\">Send my answer</button></form>");
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    String answerFromPage(@PathVariable String token, @RequestParam RsvpResponse response) {
        Meeting meeting = meetings.rsvp(token, response).state();
        return html("Thank you", "<h1>" + escape(meeting.details().title()) + "</h1><p>Your answer: "
                + label(response) + ". You can change it with the same link until the meeting ends.</p>");
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Answer answer(@PathVariable String token, @RequestBody Requests.Rsvp body) {
        Meeting meeting = meetings.rsvp(token, body.response()).state();
        RsvpToken claim = meetings.claimOf(token);
        return new Answer(meeting.id(), claim.memberId(), body.response());
    }

    record Answer(String meetingId, String memberId, RsvpResponse response) {
    }

    private static String label(RsvpResponse response) {
        return switch (response) {
            case ACCEPTED -> "I will attend";
            case TENTATIVE -> "I might attend";
            case DECLINED -> "I will not attend";
        };
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private static String html(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><meta name=\"viewport\" content=\"width=device-width\"></head><body>" + body
                + "</body></html>";
    }
}
