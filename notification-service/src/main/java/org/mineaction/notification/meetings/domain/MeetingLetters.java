package org.mineaction.notification.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.mineaction.notification.calendar.domain.CalendarFile;
import org.mineaction.notification.calendar.domain.MeetingCalendar;
import org.mineaction.notification.calendar.domain.MeetingEvent;
import org.mineaction.notification.delivery.domain.Attachment;
import org.mineaction.notification.delivery.domain.LetterTemplate;
import org.mineaction.notification.recipients.domain.Letter;
import org.mineaction.notification.recipients.domain.Recipient;

/**
 * Renders the messages about a meeting for one member: in their language, every time in their zone,
 * and for the invitation, update and cancellation the iCalendar (METHOD REQUEST or CANCEL, the
 * meeting's UID, its SEQUENCE) that keeps one entry in their calendar.
 */
public final class MeetingLetters {

    private final MeetingCalendar calendar;
    private final MeetingEvent.Person organizer;

    public MeetingLetters(MeetingCalendar calendar, String organizerEmail) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.organizer = new MeetingEvent.Person("Mine Action Platform Hub", organizerEmail);
    }

    /** The invitation, the update after a reschedule (both with METHOD:REQUEST), or a reminder (no calendar). */
    public Letter about(Meeting meeting, Recipient recipient, String kind, String url) {
        String language = MeetingTexts.languageFor(recipient.contact().language());
        LetterTemplate template = MeetingTexts.of(kind, language);
        Map<String, String> values = values(meeting, recipient, language);
        Attachment ics = null;
        if ((MeetingTexts.INVITATION.equals(kind) || MeetingTexts.UPDATE.equals(kind)) && meeting.hasTimes()) {
            ics = attachment(calendar.request(event(meeting, recipient)));
        }
        return new Letter(language, template.email(language, values, url), template.sms(values, url), ics);
    }

    /** The cancellation, with METHOD:CANCEL at the cancellation's SEQUENCE. */
    public Letter cancellation(Meeting meeting, Recipient recipient) {
        String language = MeetingTexts.languageFor(recipient.contact().language());
        LetterTemplate template = MeetingTexts.of(MeetingTexts.CANCELLATION, language);
        Map<String, String> values = values(meeting, recipient, language);
        Attachment ics = meeting.hasTimes() ? attachment(calendar.cancel(event(meeting, recipient))) : null;
        return new Letter(language, template.email(language, values, null), template.sms(values, null), ics);
    }

    /** Minutes approved (to the invitees) or not yet submitted (to the secretariat). */
    public Letter minutes(Meeting meeting, Recipient recipient, String kind, String url) {
        String language = MeetingTexts.languageFor(recipient.contact().language());
        LetterTemplate template = MeetingTexts.of(kind, language);
        Map<String, String> values = values(meeting, recipient, language);
        Instant held = meeting.heldAt() != null ? meeting.heldAt() : meeting.start();
        if (held != null) {
            values.put("date", LetterTemplate.localDate(LocalDate.ofInstant(held, recipient.contact().timeZone()),
                    language));
        }
        return new Letter(language, template.email(language, values, url), template.sms(values, url), null);
    }

    /** An action point assigned, due soon or overdue, to its owner. */
    public static Letter actionPoint(ActionPoint point, String meetingTitle, Recipient owner, String kind) {
        String language = MeetingTexts.languageFor(owner.contact().language());
        LetterTemplate template = MeetingTexts.of(kind, language);
        Map<String, String> values = new HashMap<>();
        values.put("action", point.title());
        values.put("title", meetingTitle == null ? "-" : meetingTitle);
        values.put("due", point.dueDate() == null ? "-" : LetterTemplate.localDate(point.dueDate(), language));
        return new Letter(language, template.email(language, values, null), template.sms(values, null), null);
    }

    private static Map<String, String> values(Meeting meeting, Recipient recipient, String language) {
        ZoneId zone = recipient.contact().timeZone();
        Map<String, String> values = new HashMap<>();
        values.put("title", meeting.title());
        values.put("place", meeting.location() == null || meeting.location().isBlank() ? "-" : meeting.location());
        values.put("time", meeting.start() == null ? "-" : LetterTemplate.localTime(meeting.start(), zone, language));
        values.put("date", meeting.start() == null ? "-"
                : LetterTemplate.localDate(LocalDate.ofInstant(meeting.start(), zone), language));
        return values;
    }

    private MeetingEvent event(Meeting meeting, Recipient recipient) {
        return new MeetingEvent(meeting.countryCode(), meeting.meetingId(), meeting.sequence(), meeting.title(),
                meeting.location(), null, meeting.start().atZone(meeting.zone()), meeting.end().atZone(meeting.zone()),
                organizer, new MeetingEvent.Person(null, recipient.contact().email().value()));
    }

    private static Attachment attachment(CalendarFile file) {
        return new Attachment(file.fileName(), file.contentType(), file.content());
    }
}
