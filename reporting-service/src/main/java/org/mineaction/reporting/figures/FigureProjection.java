package org.mineaction.reporting.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.reporting.figures.domain.ActionPoint;
import org.mineaction.reporting.figures.domain.Article7Report;
import org.mineaction.reporting.figures.domain.Attendee;
import org.mineaction.reporting.figures.domain.Commitment;
import org.mineaction.reporting.figures.domain.CountryProfile;
import org.mineaction.reporting.figures.domain.CountryRecord;
import org.mineaction.reporting.figures.domain.Figures;
import org.mineaction.reporting.figures.domain.Generation;
import org.mineaction.reporting.figures.domain.Meeting;
import org.mineaction.reporting.figures.domain.NotificationOutcome;
import org.mineaction.reporting.figures.domain.Obligations;
import org.mineaction.reporting.figures.domain.Outcome;
import org.mineaction.reporting.figures.domain.PlatformProfile;
import org.mineaction.reporting.figures.persistence.FiguresStore;
import org.mineaction.reporting.figures.persistence.FiguresStore.Section;
import org.mineaction.reporting.members.MemberParticipation;
import org.mineaction.reporting.members.domain.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Projects the events of platforms, meetings and notifications into the figures of each country
 * and year of one {@link Generation}. Facts are kept by natural key with the newest event winning;
 * the figures of every year a fact touched are then computed again from the facts, so a replayed
 * event changes nothing and a rebuild from the beginning of the topics gives the same figures.
 */
@Service
public class FigureProjection {

    private static final Logger log = LoggerFactory.getLogger(FigureProjection.class);

    private final FiguresStore store;
    private final MemberParticipation members;

    FigureProjection(FiguresStore store, MemberParticipation members) {
        this.store = store;
        this.members = members;
    }

    public void platformRegistered(Generation g, String country, String name, LocalDate on, EventStamp stamp) {
        CountryProfile profile = store.profile(g, country);
        store.save(g, profile.with(profile.platform().registered(name, on, stamp)));
        meetingsChanged(g, country, allMeetingYears(g, country));
    }

    public void platformUpdated(Generation g, PlatformProfile update) {
        String country = update.countryCode();
        CountryProfile profile = store.profile(g, country);
        PlatformProfile changed = profile.platform().updated(update.name(), update.region(), update.cadence(),
                update.focusObjective(), update.stamp());
        if (changed.equals(profile.platform())) {
            return;
        }
        store.save(g, profile.with(changed));
        // The cadence decides what was expected in every year.
        meetingsChanged(g, country, allMeetingYears(g, country));
    }

    public void obligationsChanged(Generation g, String country, Obligations obligations) {
        CountryProfile profile = store.profile(g, country);
        store.save(g, profile.with(obligations));
    }

    public void article7Submitted(Generation g, String country, Article7Report report) {
        CountryProfile profile = store.profile(g, country);
        CountryProfile changed = profile.with(report);
        if (changed != profile) {
            store.save(g, changed);
            store.set(g, country, report.reportYear(), Section.ARTICLE7, changed.article7(report.reportYear()));
        }
    }

    /** Any meeting event: the change is applied to the meeting, then the years it touched are counted again. */
    public void meeting(Generation g, String country, String meetingId, UnaryOperator<Meeting> change) {
        CountryRecord record = store.record(g, country);
        Set<Integer> years = record.changeMeeting(meetingId, change);
        if (years.isEmpty()) {
            log.debug("Meeting event about {} of {} changed nothing: replay or older", meetingId, country);
            return;
        }
        store.save(g, record);
        meetingsChanged(g, record, years);
    }

    public void outcomeRecorded(Generation g, String country, Outcome outcome) {
        CountryRecord record = store.record(g, country);
        Set<Integer> years = record.recordOutcome(outcome);
        if (!years.isEmpty()) {
            store.save(g, record);
            Collection<Outcome> outcomes = record.outcomes().values();
            years.forEach(year -> store.set(g, country, year, Section.OUTCOMES, Figures.outcomes(outcomes, year)));
        }
    }

    public void commitmentRecorded(Generation g, String country, Commitment commitment) {
        CountryRecord record = store.record(g, country);
        Set<Integer> years = record.recordCommitment(commitment);
        if (!years.isEmpty()) {
            store.save(g, record);
            Collection<Commitment> commitments = record.commitments().values();
            years.forEach(year -> store.set(g, country, year, Section.COMMITMENTS,
                    Figures.commitments(commitments, year)));
        }
    }

    public void actionPoint(Generation g, String country, ActionPoint point) {
        store.putActionPoint(g, country, point).ifPresent(bucket -> store.set(g, country, point.year(),
                Section.ACTION_POINTS, Figures.actionPoints(bucket)));
    }

    public void notification(Generation g, String country, NotificationOutcome outcome) {
        store.putNotification(g, country, outcome).ifPresent(bucket -> store.set(g, country, outcome.year(),
                Section.NOTIFICATIONS, Figures.notifications(bucket)));
    }

    /**
     * A member's categories changed (the member projection already holds the change): the attendance
     * of every year the member attended a meeting in is counted again.
     */
    public void memberChanged(Generation g, String country, String memberId) {
        CountryRecord record = store.record(g, country);
        Set<Integer> attended = Figures.yearsOf(record.meetings().values().stream()
                .filter(m -> m.attendees().contains(memberId)).toList());
        if (!attended.isEmpty()) {
            meetingsChanged(g, record, attended);
        }
    }

    private Set<Integer> allMeetingYears(Generation g, String country) {
        return Figures.yearsOf(store.record(g, country).meetings().values());
    }

    private void meetingsChanged(Generation g, String country, Set<Integer> years) {
        if (!years.isEmpty()) {
            meetingsChanged(g, store.record(g, country), years);
        }
    }

    private void meetingsChanged(Generation g, CountryRecord record, Set<Integer> years) {
        String country = record.countryCode();
        CountryProfile profile = store.profile(g, country);
        Collection<Meeting> meetings = record.meetings().values();
        Map<String, Attendee> people = attendees(country);
        for (int year : new TreeSet<>(years)) {
            store.set(g, country, year, Map.of(Section.MEETINGS, Figures.meetings(meetings, year, profile.platform()),
                    Section.MINUTES, Figures.minutes(meetings, year),
                    Section.ATTENDANCE, Figures.attendance(meetings, year, people)));
        }
        LocalDate lastHeld = Figures.lastHeldOn(meetings);
        if (lastHeld != null && !lastHeld.equals(profile.lastHeldOn())) {
            store.save(g, profile.lastHeldOn(lastHeld));
        }
    }

    private Map<String, Attendee> attendees(String country) {
        Map<String, Attendee> people = new HashMap<>();
        for (Participant p : members.participants(new CountryCode(country))) {
            people.put(p.memberId(), new Attendee(nameOf(p.stakeholderCategory()), nameOf(p.demographics().gender()),
                    nameOf(p.demographics().ageGroup()), Boolean.TRUE.equals(p.demographics().disability()),
                    Boolean.TRUE.equals(p.demographics().survivor())));
        }
        return people;
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
