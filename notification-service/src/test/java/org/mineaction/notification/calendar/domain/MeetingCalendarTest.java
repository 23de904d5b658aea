package org.mineaction.notification.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private final MeetingCalendar calendars = new MeetingCalendar("platform-hub.mineaction.org",
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void anInvitationIsARequestWithTheMeetingsZoneAndItsDefinition() throws Exception {
        CalendarFile file = calendars.request(meeting("m-42", 0, LocalDateTime.parse("2026-12-10T09:30"), PHNOM_PENH));

        Calendar parsed = parse(file);
        assertThat(property(parsed, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(file.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        VEvent event = event(parsed);
        assertThat(property(event, Property.UID)).isEqualTo("meeting-khm-m-42@platform-hub.mineaction.org");
        assertThat(property(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(property(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(tzid(event, Property.DTSTART)).isEqualTo("Asia/Phnom_Penh");
        assertThat(tzid(event, Property.DTEND)).isEqualTo("Asia/Phnom_Penh");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2026-12-10T02:30:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2026-12-10T04:30:00Z"));
        assertThat(property(event, Property.DTSTART)).isEqualTo("20261210T093000");
        assertThat(parsed.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
                .satisfies(zone -> assertThat(property(zone, Property.TZID)).isEqualTo("Asia/Phnom_Penh"));
        assertThat(property(event, Property.ORGANIZER)).isEqualTo("mailto:secretariat@cmaa.example.org");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                .isEqualTo("mailto:member@example.org");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getParameter(Parameter.RSVP)
                .map(Parameter::getValue)).contains("TRUE");
        assertThat(property(event, Property.SUMMARY)).isEqualTo("Quarterly platform meeting");
    }

    @Test
    void anUpdateKeepsTheUidAndRaisesTheSequence() throws Exception {
        CalendarFile first = calendars.request(meeting("m-42", 0, LocalDateTime.parse("2026-12-10T09:30"), PHNOM_PENH));
        CalendarFile moved = calendars.request(meeting("m-42", 1, LocalDateTime.parse("2026-12-11T14:00"), PHNOM_PENH));

        VEvent before = event(parse(first));
        VEvent after = event(parse(moved));
        assertThat(property(after, Property.UID)).isEqualTo(property(before, Property.UID));
        assertThat(Integer.parseInt(property(after, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(property(before, Property.SEQUENCE)));
        assertThat(instant(after, Property.DTSTART)).isEqualTo(Instant.parse("2026-12-11T07:00:00Z"));
    }

    @Test
    void anotherMeetingHasAnotherUid() {
        assertThat(calendars.uidOf("KHM", "m-42")).isNotEqualTo(calendars.uidOf("KHM", "m-43"))
                .isNotEqualTo(calendars.uidOf("LAO", "m-42"));
    }

    @Test
    void aCancellationIsACancelOfTheSameEntryWithAHigherSequence() throws Exception {
        CalendarFile cancel = calendars.cancel(meeting("m-42", 2, LocalDateTime.parse("2026-12-11T14:00"), PHNOM_PENH));

        Calendar parsed = parse(cancel);
        assertThat(property(parsed, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(cancel.contentType()).contains("method=CANCEL");
        VEvent event = event(parsed);
        assertThat(property(event, Property.UID)).isEqualTo("meeting-khm-m-42@platform-hub.mineaction.org");
        assertThat(property(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(property(event, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void aMeetingInAZoneWithDaylightSavingCarriesItsRules() throws Exception {
        // Geneva in summer time (UTC+2) although the file is built in winter.
        CalendarFile file = calendars.request(meeting("isu-1", 0, LocalDateTime.parse("2027-06-15T10:00"), GENEVA));

        Calendar parsed = parse(file);
        VEvent event = event(parsed);
        assertThat(tzid(event, Property.DTSTART)).isEqualTo("Europe/Zurich");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-06-15T08:00:00Z"));
        assertThat(file.content()).contains("BEGIN:DAYLIGHT", "BEGIN:STANDARD");
    }

    @Test
    void aMeetingInBogotaKeepsBogotaTime() throws Exception {
        CalendarFile file = calendars.request(meeting("col-7", 3, LocalDateTime.parse("2026-12-01T08:00"), BOGOTA));

        VEvent event = event(parse(file));
        assertThat(tzid(event, Property.DTSTART)).isEqualTo("America/Bogota");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
        assertThat(property(event, Property.SEQUENCE)).isEqualTo("3");
    }

    private static MeetingEvent meeting(String id, int revision, LocalDateTime start, ZoneId zone) {
        ZonedDateTime begins = start.atZone(zone);
        return new MeetingEvent("KHM", id, revision, "Quarterly platform meeting", "CMAA, Phnom Penh",
                "Article 5 progress", begins, begins.plusHours(2),
                new MeetingEvent.Person("CMAA secretariat", "secretariat@cmaa.example.org"),
                new MeetingEvent.Person("A Member", "member@example.org"));
    }

    private static Calendar parse(CalendarFile file) throws Exception {
        return new CalendarBuilder().build(new StringReader(file.content()));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").getFirst();
    }

    private static String property(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static String tzid(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().<TzId>getParameter(Parameter.TZID).orElseThrow().getValue();
    }

    @SuppressWarnings("unchecked")
    private static Instant instant(VEvent event, String name) {
        Temporal date = ((DateProperty<Temporal>) event.getProperty(name).orElseThrow()).getDate();
        return Instant.from(date);
    }
}
