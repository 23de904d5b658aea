package org.mineaction.notification.calendar.domain;

import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Builds the iCalendar (RFC 5545, iTIP RFC 5546) attached to meeting e-mails: METHOD:REQUEST for
 * an invitation or an update, METHOD:CANCEL for a cancellation. The UID is the same for every
 * message about one meeting and the SEQUENCE is the meeting's revision, so a calendar updates or
 * removes its entry instead of adding a second one. Times stay in the meeting's zone (TZID plus
 * the matching VTIMEZONE), so every attendee's calendar converts them to their own zone correctly
 * across daylight-saving changes.
 */
public final class MeetingCalendar {

    private static final String PRODUCT = "-//Mine Action Platform Hub//Notifications//EN";

    private final String uidDomain;
    private final Clock clock;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** @param uidDomain the domain that makes UIDs globally unique, e.g. {@code platform-hub.mineaction.org} */
    public MeetingCalendar(String uidDomain, Clock clock) {
        this.uidDomain = Objects.requireNonNull(uidDomain, "uidDomain");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The invitation, or an update of it when the revision is above 0. */
    public CalendarFile request(MeetingEvent meeting) {
        return build(meeting, ImmutableMethod.REQUEST);
    }

    /** Removes the meeting from the attendee's calendar; give it the revision after the last update. */
    public CalendarFile cancel(MeetingEvent meeting) {
        return build(meeting, ImmutableMethod.CANCEL);
    }

    /** The UID of every calendar message about the meeting. */
    public String uidOf(String countryCode, String meetingId) {
        return "meeting-" + countryCode.toLowerCase(Locale.ROOT) + "-" + meetingId + "@" + uidDomain;
    }

    private CalendarFile build(MeetingEvent meeting, Method method) {
        String uid = uidOf(meeting.countryCode(), meeting.meetingId());
        TimeZone zone = zones.getTimeZone(meeting.start().getZone().getId());
        if (zone == null) {
            throw new IllegalArgumentException("Unknown time zone: " + meeting.start().getZone());
        }

        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new Sequence(meeting.revision()));
        event.add(new DtStamp(clock.instant()));
        event.add(new DtStart<ZonedDateTime>(meeting.start()));
        event.add(new DtEnd<ZonedDateTime>(meeting.end()));
        event.add(new Summary(meeting.title()));
        if (meeting.location() != null && !meeting.location().isBlank()) {
            event.add(new Location(meeting.location()));
        }
        if (meeting.description() != null && !meeting.description().isBlank()) {
            event.add(new Description(meeting.description()));
        }
        Organizer organizer = new Organizer(mailto(meeting.organizer().email()));
        if (meeting.organizer().name() != null) {
            organizer.add(new Cn(meeting.organizer().name()));
        }
        event.add(organizer);
        Attendee attendee = new Attendee(mailto(meeting.attendee().email()));
        attendee.add(Role.REQ_PARTICIPANT);
        if (method == ImmutableMethod.REQUEST) {
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
        }
        if (meeting.attendee().name() != null) {
            attendee.add(new Cn(meeting.attendee().name()));
        }
        event.add(attendee);
        event.add(method == ImmutableMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(definitionOf(zone, meeting.start().getZone().getId()));
        calendar.add(event);
        return new CalendarFile(method.getValue(), uid, meeting.revision(), calendar.toString());
    }

    /**
     * The VTIMEZONE under the id the dates refer to: the registry files some zones under another
     * name (Asia/Phnom_Penh under Asia/Bangkok), and a TZID without its VTIMEZONE is invalid.
     */
    private static VTimeZone definitionOf(TimeZone zone, String id) {
        VTimeZone definition = zone.getVTimeZone().copy();
        definition.replace(new TzId(id));
        return definition;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
