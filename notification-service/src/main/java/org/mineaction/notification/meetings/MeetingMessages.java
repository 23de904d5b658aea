package org.mineaction.notification.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mineaction.notification.calendar.domain.MeetingCalendar;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.SendGuard;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.meetings.domain.ActionPoint;
import org.mineaction.notification.meetings.domain.Meeting;
import org.mineaction.notification.meetings.domain.MeetingLetters;
import org.mineaction.notification.meetings.domain.MeetingStatus;
import org.mineaction.notification.meetings.domain.MeetingTexts;
import org.mineaction.notification.meetings.persistence.MeetingStore;
import org.mineaction.notification.recipients.MemberMessenger;
import org.mineaction.notification.recipients.Recipients;
import org.mineaction.notification.recipients.domain.Mailing;
import org.mineaction.notification.recipients.domain.MessageCategory;
import org.mineaction.notification.recipients.domain.Recipient;
import org.mineaction.notification.unsubscribe.domain.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Turns meeting-service's facts into members' messages: invitations (with the calendar entry),
 * updates and cancellations at once; reminders before the meeting, the secretariat's reminder of
 * minutes not submitted, and action-point reminders as triggers in the delivery queue, which hold
 * only while what they were scheduled for still holds (see {@link #staleReason}).
 *
 * <p>Every message is keyed by its meeting (or action point), its version and occurrence, so an
 * event handled twice sends nothing twice; an older version of a meeting arriving late is ignored.
 */
@Service
public class MeetingMessages {

    static final String REMINDER_TRIGGER = "trigger:meeting-reminder";
    static final String MINUTES_TRIGGER = "trigger:minutes-overdue";
    static final String ACTION_POINT_DUE_TRIGGER = "trigger:action-point-due-soon";
    static final String ACTION_POINT_OVERDUE_TRIGGER = "trigger:action-point-overdue";
    static final Set<String> SECRETARIAT = Set.of("SECRETARIAT");

    private static final Logger log = LoggerFactory.getLogger(MeetingMessages.class);

    private final MeetingStore store;
    private final Recipients recipients;
    private final MemberMessenger messenger;
    private final Notifications queue;
    private final MeetingLetters letters;
    private final MeetingNotificationProperties properties;
    private final Clock clock;

    MeetingMessages(MeetingStore store, Recipients recipients, MemberMessenger messenger, Notifications queue,
            MeetingNotificationProperties properties, Clock clock, @Value("${mineaction.mail.from}") String from) {
        this.store = store;
        this.recipients = recipients;
        this.messenger = messenger;
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
        this.letters = new MeetingLetters(new MeetingCalendar(properties.uidDomain(), clock), from);
    }

    /** A version of a meeting's time and place, as the events carry it. */
    public record Version(String title, Instant start, Instant end, ZoneId zone, String location, Integer sequence) {
    }

    public void scheduled(String countryCode, String meetingId, Version version) {
        Meeting current = store.find(countryCode, meetingId).orElse(Meeting.unknown(countryCode, meetingId));
        int sequence = version.sequence() == null ? current.sequence() : version.sequence();
        if (sequence < current.sequence() || current.status() == MeetingStatus.CANCELLED) {
            log.info("Meeting {} scheduled as version {} ignored: version {} ({}) is known", current.subject(),
                    sequence, current.sequence(), current.status());
            return;
        }
        store.save(current.withVersion(version.title(), version.start(), version.end(), version.zone(),
                version.location(), sequence, MeetingStatus.SCHEDULED));
    }

    /**
     * Invitations were issued: each invitee gets the invitation with the calendar entry; reminders are
     * scheduled. When they are issued again after a reschedule ({@code afterReschedule}), every invitee
     * gets the update instead, keyed as the reschedule's own: one message, whichever event comes first.
     */
    public void invitationsIssued(String countryCode, String meetingId, Version version, Map<String, String> rsvpUrls,
            boolean afterReschedule) {
        Meeting current = store.find(countryCode, meetingId).orElse(Meeting.unknown(countryCode, meetingId));
        if (current.status() == MeetingStatus.CANCELLED) {
            log.info("Invitations to cancelled meeting {} not sent", current.subject());
            return;
        }
        int sequence = version.sequence() == null ? current.sequence() : Math.max(version.sequence(),
                current.sequence());
        Meeting meeting = (version.sequence() != null && version.sequence() < current.sequence() ? current
                : current.withVersion(version.title(), version.start(), version.end(), version.zone(),
                        version.location(), sequence, current.status())).withInvitees(rsvpUrls);
        store.save(meeting);
        List<Recipient> invitees = recipients.findAll(rsvpUrls.keySet());
        messenger.send(invitees, afterReschedule ? update(meeting) : new Mailing(MeetingTexts.INVITATION, countryCode,
                meeting.subject(), String.valueOf(meeting.sequence()), MessageCategory.INVITATIONS,
                Category.MEETING_INVITATION.wireName(), clock.instant(), meeting.guard(),
                r -> letters.about(meeting, r, MeetingTexts.INVITATION, meeting.invitees().get(r.memberId()))));
        if (afterReschedule) {
            messenger.cancel(meeting.guardPrefix(), meeting.guard(), "the meeting was rescheduled");
        }
        scheduleReminders(meeting);
    }

    /** Moved: every invitee gets the update (same UID, higher SEQUENCE); the old reminders are dropped, new ones scheduled. */
    public void rescheduled(String countryCode, String meetingId, Version version) {
        Optional<Meeting> known = store.find(countryCode, meetingId);
        Meeting current = known.orElse(Meeting.unknown(countryCode, meetingId));
        int sequence = version.sequence() == null ? current.sequence() + 1 : version.sequence();
        if (known.isPresent() && sequence <= current.sequence() || current.status() == MeetingStatus.CANCELLED) {
            log.info("Reschedule of meeting {} to version {} ignored: version {} ({}) is known", current.subject(),
                    sequence, current.sequence(), current.status());
            return;
        }
        Meeting meeting = current.withVersion(version.title(), version.start(), version.end(), version.zone(),
                version.location(), sequence, MeetingStatus.SCHEDULED);
        store.save(meeting);
        messenger.cancel(meeting.guardPrefix(), meeting.guard(), "the meeting was rescheduled");
        messenger.send(recipients.findAll(meeting.invitees().keySet()), update(meeting));
        scheduleReminders(meeting);
    }

    /** The update of a moved meeting: critical, keyed by its version. */
    private Mailing update(Meeting meeting) {
        return new Mailing(MeetingTexts.UPDATE, meeting.countryCode(), meeting.subject(),
                String.valueOf(meeting.sequence()), MessageCategory.CRITICAL, Category.MEETING_UPDATE.wireName(),
                clock.instant(), meeting.guard(),
                r -> letters.about(meeting, r, MeetingTexts.UPDATE, meeting.invitees().get(r.memberId())));
    }

    /** Cancelled: critical, to every invitee whatever they chose; nothing scheduled about it goes out any more. */
    public void cancelled(String countryCode, String meetingId, Integer eventSequence,
            Collection<String> inviteeMemberIds) {
        Meeting current = store.find(countryCode, meetingId).orElse(Meeting.unknown(countryCode, meetingId));
        int sequence = eventSequence == null ? current.sequence() + 1 : Math.max(eventSequence, current.sequence());
        Meeting meeting = current.status() == MeetingStatus.CANCELLED ? current
                : current.withVersion(null, null, null, null, null, sequence, MeetingStatus.CANCELLED);
        store.save(meeting);
        messenger.cancel(meeting.guardPrefix(), null, "the meeting was cancelled");
        Set<String> invitees = new java.util.LinkedHashSet<>(meeting.invitees().keySet());
        invitees.addAll(inviteeMemberIds);
        messenger.send(recipients.findAll(invitees), new Mailing(MeetingTexts.CANCELLATION,
                countryCode, meeting.subject(), "cancelled", MessageCategory.CRITICAL,
                Category.MEETING_CANCELLATION.wireName(), clock.instant(), null, r -> letters.cancellation(meeting, r)));
    }

    public void answered(String countryCode, String meetingId, String memberId, boolean attends) {
        store.find(countryCode, meetingId).ifPresent(meeting -> store.save(meeting.withAnswer(memberId, attends)));
    }

    /** Held: the secretariat is reminded if the minutes are not submitted some days later. */
    public void held(String countryCode, String meetingId, Instant heldAt) {
        Meeting current = store.find(countryCode, meetingId).orElse(Meeting.unknown(countryCode, meetingId));
        Instant at = heldAt != null ? heldAt : current.end() != null ? current.end() : clock.instant();
        Meeting meeting = current.held(at);
        store.save(meeting);
        messenger.cancel(meeting.guardPrefix(), null, "the meeting was held");
        if (!meeting.minutesSubmitted()) {
            queue.queue(Notification.trigger(triggerId(MINUTES_TRIGGER, meeting.subject(), "grace"), MINUTES_TRIGGER,
                    countryCode, minutesGuard(meeting) + "#grace", at.plus(properties.minutesGrace()),
                    clock.instant()));
        }
    }

    public void minutesSubmitted(String countryCode, String meetingId) {
        Meeting current = store.find(countryCode, meetingId).orElse(Meeting.unknown(countryCode, meetingId));
        store.save(current.withMinutesSubmitted());
        messenger.cancel(minutesGuard(current), null, "the minutes were submitted");
    }

    /**
     * Approved minutes are circulated to the recipients the event names, else to the meeting's
     * invitees, else to the platform's members.
     */
    public void minutesApproved(String countryCode, String meetingId, String minutesUrl,
            Collection<String> recipientIds) {
        Meeting current = store.find(countryCode, meetingId).orElse(Meeting.unknown(countryCode, meetingId));
        Meeting meeting = current.withMinutesSubmitted();
        store.save(meeting);
        messenger.cancel(minutesGuard(meeting), null, "the minutes were approved");
        String url = minutesUrl == null ? properties.linkBaseUrl() + "/platforms/" + countryCode + "/meetings/"
                + meetingId + "/minutes" : minutesUrl.startsWith("/") ? properties.linkBaseUrl() + minutesUrl : minutesUrl;
        Collection<Recipient> readers = !recipientIds.isEmpty() ? recipients.findAll(recipientIds)
                : meeting.invitees().isEmpty() ? recipients.ofPlatform(countryCode)
                : recipients.findAll(meeting.invitees().keySet());
        messenger.send(readers, new Mailing(MeetingTexts.MINUTES_CIRCULATED, countryCode, meeting.subject(),
                "approved", MessageCategory.MINUTES, Category.MINUTES.wireName(), clock.instant(), null,
                r -> letters.minutes(meeting, r, MeetingTexts.MINUTES_CIRCULATED, url)));
    }

    /** Assigned (or reassigned): the owner is told now, reminded before the due day and after it while open. */
    public void actionPointAssigned(ActionPoint point) {
        Optional<ActionPoint> before = store.findActionPoint(point.countryCode(), point.actionPointId());
        ActionPoint assigned = before.filter(b -> !b.isOpen() && b.guard().equals(point.guard())).orElse(point);
        store.save(assigned);
        messenger.cancel(assigned.guardPrefix(), assigned.guard(), "the action point was reassigned");
        if (!assigned.isOpen() || assigned.ownerMemberId() == null) {
            return;
        }
        Optional<Recipient> owner = recipients.find(assigned.ownerMemberId());
        String meetingTitle = meetingTitleOf(assigned);
        owner.ifPresent(o -> messenger.send(List.of(o), actionPointMailing(assigned, meetingTitle,
                MeetingTexts.ACTION_POINT_ASSIGNED, "assigned/" + assigned.dueDate(), clock.instant())));
        if (assigned.dueDate() == null) {
            return;
        }
        ZoneId zone = owner.map(o -> o.contact() == null ? ZoneOffset.UTC : o.contact().timeZone())
                .orElse(ZoneOffset.UTC);
        Instant dueSoon = atReminderHour(assigned.dueDate().minusDays(properties.actionPointDueSoon().toDays()), zone);
        if (dueSoon.isAfter(clock.instant())) {
            queue.queue(Notification.trigger(triggerId(ACTION_POINT_DUE_TRIGGER, assigned.guard(), "due-soon"),
                    ACTION_POINT_DUE_TRIGGER, assigned.countryCode(), assigned.guard() + "#due-soon", dueSoon,
                    clock.instant()));
        }
        scheduleOverdue(assigned, 0, zone);
    }

    public void actionPointStatusChanged(String countryCode, String actionPointId, String status) {
        Optional<ActionPoint> point = store.findActionPoint(countryCode, actionPointId);
        if (point.isEmpty()) {
            log.info("Status of unknown action point {}/{} ignored", countryCode, actionPointId);
            return;
        }
        ActionPoint changed = point.get().withStatus(status);
        store.save(changed);
        if (!changed.isOpen()) {
            messenger.cancel(changed.guardPrefix(), null, "the action point is " + changed.status().toLowerCase());
        }
    }

    // --- guards and triggers --------------------------------------------------------------------

    /** Whether a message scheduled under {@code guard} (scope meeting, minutes or action-point) still holds. */
    Optional<String> staleReason(String guard) {
        String[] parts = guard.split("/");
        if (parts.length < 3) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "meeting" -> store.find(parts[1], parts[2]).map(meeting -> meeting.staleReason(
                    parts.length > 3 ? Integer.parseInt(parts[3]) : meeting.sequence(), clock.instant()))
                    .orElse(Optional.of("the meeting is unknown"));
            case "minutes" -> store.find(parts[1], parts[2]).filter(Meeting::minutesSubmitted)
                    .map(meeting -> "the minutes were submitted");
            case "action-point" -> store.findActionPoint(parts[1], parts[2])
                    .map(point -> point.staleReason(guard)).orElse(Optional.of("the action point is unknown"));
            default -> Optional.empty();
        };
    }

    /** A meeting reminder is due: its invitees (except those who declined) are reminded in their language and zone. */
    void remind(Notification trigger) {
        Meeting meeting = meetingOf(trigger);
        String offset = SendGuard.detailOf(trigger.guard());
        List<Recipient> invitees = recipients.findAll(meeting.invitees().keySet()).stream()
                .filter(r -> !meeting.declined().contains(r.memberId())).toList();
        messenger.send(invitees, new Mailing(MeetingTexts.REMINDER, meeting.countryCode(), meeting.subject(),
                meeting.sequence() + "/" + offset, MessageCategory.REMINDERS, Category.MEETING_REMINDER.wireName(),
                clock.instant(), meeting.guard(),
                r -> letters.about(meeting, r, MeetingTexts.REMINDER, meeting.invitees().get(r.memberId()))));
    }

    /** The minutes are still not submitted: the platform's secretariat is reminded. */
    void remindSecretariat(Notification trigger) {
        Meeting meeting = meetingOf(trigger);
        messenger.send(recipients.withRole(meeting.countryCode(), SECRETARIAT), new Mailing(MeetingTexts.MINUTES_OVERDUE,
                meeting.countryCode(), meeting.subject(), "minutes-overdue", MessageCategory.MINUTES,
                Category.MINUTES.wireName(), clock.instant(), SendGuard.conditionOf(trigger.guard()),
                r -> letters.minutes(meeting, r, MeetingTexts.MINUTES_OVERDUE, null)));
    }

    /** An action point is due soon, or overdue: its owner is reminded; when overdue, again a week later. */
    void remindOwner(Notification trigger) {
        String condition = SendGuard.conditionOf(trigger.guard());
        String[] parts = condition.split("/");
        ActionPoint point = store.findActionPoint(parts[1], parts[2])
                .orElseThrow(() -> new IllegalStateException("Unknown action point " + condition));
        String detail = SendGuard.detailOf(trigger.guard());
        boolean overdue = detail.startsWith("overdue-");
        Optional<Recipient> owner = recipients.find(point.ownerMemberId());
        owner.ifPresent(o -> messenger.send(List.of(o), actionPointMailing(point, meetingTitleOf(point),
                overdue ? MeetingTexts.ACTION_POINT_OVERDUE : MeetingTexts.ACTION_POINT_DUE_SOON,
                point.dueDate() + "/" + detail, clock.instant())));
        if (overdue) {
            ZoneId zone = owner.map(o -> o.contact() == null ? ZoneOffset.UTC : o.contact().timeZone())
                    .orElse(ZoneOffset.UTC);
            scheduleOverdue(point, Integer.parseInt(detail.substring("overdue-".length())) + 1, zone);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void scheduleReminders(Meeting meeting) {
        if (meeting.start() == null || meeting.status() != MeetingStatus.SCHEDULED) {
            return;
        }
        Instant now = clock.instant();
        for (Duration before : properties.remindersOf(meeting.countryCode())) {
            Instant at = meeting.start().minus(before);
            if (at.isAfter(now)) {
                queue.queue(Notification.trigger(triggerId(REMINDER_TRIGGER, meeting.guard(), before.toString()),
                        REMINDER_TRIGGER, meeting.countryCode(), meeting.guard() + "#" + before, at, now));
            }
        }
    }

    /** The {@code week}-th overdue reminder: the day after the due day, then every {@code overdueEvery}. */
    private void scheduleOverdue(ActionPoint point, int week, ZoneId zone) {
        Instant at = atReminderHour(point.dueDate().plusDays(1), zone)
                .plus(properties.overdueEvery().multipliedBy(week));
        queue.queue(Notification.trigger(triggerId(ACTION_POINT_OVERDUE_TRIGGER, point.guard(), "overdue-" + week),
                ACTION_POINT_OVERDUE_TRIGGER, point.countryCode(), point.guard() + "#overdue-" + week, at,
                clock.instant()));
    }

    private Mailing actionPointMailing(ActionPoint point, String meetingTitle, String kind, String occurrence,
            Instant due) {
        return new Mailing(kind, point.countryCode(), point.subject(), occurrence, MessageCategory.ACTION_POINTS,
                Category.ACTION_POINT.wireName(), due, point.guard(),
                r -> MeetingLetters.actionPoint(point, meetingTitle, r, kind));
    }

    private String meetingTitleOf(ActionPoint point) {
        return point.meetingId() == null ? null
                : store.find(point.countryCode(), point.meetingId()).map(Meeting::title).orElse(null);
    }

    private Meeting meetingOf(Notification trigger) {
        String[] parts = SendGuard.conditionOf(trigger.guard()).split("/");
        return store.find(parts[1], parts[2])
                .orElseThrow(() -> new IllegalStateException("Unknown meeting " + parts[1] + "/" + parts[2]));
    }

    private Instant atReminderHour(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(properties.reminderHour(), 0)).atZone(zone).toInstant();
    }

    private static String minutesGuard(Meeting meeting) {
        return "minutes/" + meeting.subject();
    }

    private static IdempotencyKey triggerId(String kind, String subject, String occurrence) {
        return IdempotencyKey.ofAddress(kind, subject, "trigger", occurrence);
    }
}
