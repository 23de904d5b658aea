package org.mineaction.reporting.figures.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.cloudevents.MalformedEventException;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.messaging.TypedEvent;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.reporting.figures.FigureProjection;
import org.mineaction.reporting.figures.domain.ActionPoint;
import org.mineaction.reporting.figures.domain.ActionPointStatus;
import org.mineaction.reporting.figures.domain.Article7Report;
import org.mineaction.reporting.figures.domain.Cadence;
import org.mineaction.reporting.figures.domain.Commitment;
import org.mineaction.reporting.figures.domain.CommitmentType;
import org.mineaction.reporting.figures.domain.CountryRecord;
import org.mineaction.reporting.figures.domain.Generation;
import org.mineaction.reporting.figures.domain.Meeting.MinutesStatus;
import org.mineaction.reporting.figures.domain.NotificationOutcome;
import org.mineaction.reporting.figures.domain.Obligations;
import org.mineaction.reporting.figures.domain.Outcome;
import org.mineaction.reporting.figures.domain.OutcomeKind;
import org.mineaction.reporting.figures.domain.PlatformProfile;
import org.mineaction.reporting.figures.domain.Region;
import org.mineaction.reporting.members.MemberParticipation;
import org.mineaction.reporting.members.messaging.MemberFact;
import org.mineaction.reporting.members.domain.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one record of the platform, meeting or notification topics into the figures of a
 * generation: the CloudEvent type says which fact it is, the data gives only the fields the figures
 * need (no names, e-mails or phones are read, whatever a producer sends). Other types are skipped.
 */
@Component
public class FigureEvents {

    /** Topics the figures are built from. */
    public static final List<String> TOPICS = List.of(EventCatalogue.Topics.PLATFORM_EVENTS,
            EventCatalogue.Topics.MEETING_EVENTS, EventCatalogue.Topics.NOTIFICATION_EVENTS);

    private static final Logger log = LoggerFactory.getLogger(FigureEvents.class);
    private static final String PLATFORM = "org.mineaction.platform.";
    private static final String MEETING = "org.mineaction.meeting.";
    private static final Set<String> MEMBER_TYPES = Set.of(EventCatalogue.Type.MEMBER_JOINED.ceType(),
            EventCatalogue.Type.MEMBER_UPDATED.ceType(), EventCatalogue.Type.MEMBER_LEFT.ceType(),
            EventCatalogue.Type.MEMBER_ERASED.ceType());

    private final FigureProjection projection;
    private final MemberParticipation members;
    private final JsonMapper json;

    FigureEvents(FigureProjection projection, MemberParticipation members, JsonMapper json) {
        this.projection = projection;
        this.members = members;
        this.json = json;
    }

    /** @return the event's time when it was one the figures read, for the freshness metrics */
    public java.util.Optional<IncomingEvent> handle(ConsumerRecord<String, String> record, Generation g) {
        IncomingEvent event = IncomingEvent.from(record);
        String type = event.type();
        if (!type.startsWith(PLATFORM) && !type.startsWith(MEETING) && !type.startsWith("org.mineaction.notification.")
                || type.contains(".delivery.")) {
            return java.util.Optional.empty();
        }
        Fields data = new Fields(json.readTree(event.data()), event.id());
        String country = data.requiredText("countryCode");
        if (!CountryCode.isWellFormed(country)) {
            throw new MalformedEventException("Event " + event.id() + ": countryCode is not an ISO 3166-1 alpha-3 code");
        }
        new TypedEvent<>(event, data).requireSubject(country);
        EventStamp stamp = new EventStamp(event.time(), event.id());
        LocalDate occurredOn = data.dateOr(Fields.dayOf(event.time()), "occurredAt");
        boolean handled = true;
        switch (type) {
            case "org.mineaction.platform.registered.v1" -> projection.platformRegistered(g, country,
                    data.requiredText("name"), data.dateOr(occurredOn, "registeredAt"), stamp);
            case "org.mineaction.platform.updated.v1" -> projection.platformUpdated(g, new PlatformProfile(country,
                    data.text("name"), data.enumValue(Region.class, "region"), data.enumValue(Cadence.class, "cadence"),
                    data.text("focusObjective"), null, stamp));
            case "org.mineaction.platform.obligation.changed.v1" -> projection.obligationsChanged(g, country,
                    obligations(data, stamp));
            case "org.mineaction.platform.article7.submitted.v1" -> projection.article7Submitted(g, country,
                    new Article7Report(data.integer("reportYear"), data.date("dueDate"), data.date("submittedOn"),
                            data.bool("onTime"), stamp));
            case "org.mineaction.meeting.scheduled.v1", "org.mineaction.meeting.rescheduled.v1" -> {
                LocalDate on = data.date("scheduledFor", "startsAt", "scheduledAt", "date", "startTime");
                if (on == null) {
                    throw new MalformedEventException("Event " + event.id() + ": the meeting has no date");
                }
                String kind = data.text("kind", "type");
                String objective = data.text("objective", "focusObjective");
                projection.meeting(g, country, meetingId(data), m -> m.scheduled(kind, objective, on, stamp));
            }
            case "org.mineaction.meeting.cancelled.v1" ->
                    projection.meeting(g, country, meetingId(data), m -> m.cancelled(stamp));
            case "org.mineaction.meeting.held.v1" -> {
                LocalDate on = data.dateOr(occurredOn, "heldOn", "heldAt", "startsAt");
                Set<String> attendees = data.ids(new String[] {"attendeeMemberIds", "attendees", "attendance"},
                        "memberId");
                attendees.forEach(id -> CountryRecord.requireId("attendee", id));
                var guests = data.counts("guestsByCategory", "guestCounts", "guests");
                projection.meeting(g, country, meetingId(data), m -> m.held(on, attendees, guests, stamp));
            }
            case "org.mineaction.meeting.minutes.submitted.v1" -> projection.meeting(g, country, meetingId(data),
                    m -> m.minutes(MinutesStatus.SUBMITTED, data.dateOr(occurredOn, "submittedAt", "submittedOn"), stamp));
            case "org.mineaction.meeting.minutes.returned.v1" -> projection.meeting(g, country, meetingId(data),
                    m -> m.minutes(MinutesStatus.RETURNED, occurredOn, stamp));
            case "org.mineaction.meeting.minutes.approved.v1" -> projection.meeting(g, country, meetingId(data),
                    m -> m.minutes(MinutesStatus.APPROVED,
                            data.dateOr(occurredOn, "circulatedAt", "circulatedOn", "approvedAt", "approvedOn"), stamp));
            case "org.mineaction.meeting.outcome.recorded.v1" -> projection.outcomeRecorded(g, country, new Outcome(
                    CountryRecord.requireId("outcomeId", data.requiredText("outcomeId", "id")), data.text("meetingId"),
                    required(data.enumValue(OutcomeKind.class, "kind"), "kind", event), data.text("objective"),
                    data.text("topicKey"), data.text("summary", "title", "text", "description"),
                    data.dateOr(occurredOn, "recordedOn", "recordedAt"), stamp));
            case "org.mineaction.meeting.action-point.assigned.v1",
                    "org.mineaction.meeting.action-point.status-changed.v1" -> projection.actionPoint(g, country,
                    new ActionPoint(data.requiredText("actionPointId", "id"),
                            data.dateOr(type.endsWith("assigned.v1") ? occurredOn : null, "openedAt", "openedOn"),
                            data.date("dueDate", "dueOn"),
                            required(data.enumValue(ActionPointStatus.class, "status"), "status", event),
                            data.date("closedAt", "closedOn"), stamp));
            case "org.mineaction.meeting.commitment.recorded.v1" -> projection.commitmentRecorded(g, country,
                    new Commitment(CountryRecord.requireId("commitmentId", data.requiredText("commitmentId", "id")),
                            data.text("donorOrganisationId"), data.text("donorName"), data.text("recipient"),
                            data.text("objective"),
                            required(data.enumValue(CommitmentType.class, "type"), "type", event),
                            data.decimal("amount"), data.text("currency"), data.integers("years"),
                            data.dateOr(occurredOn, "recordedOn", "recordedAt"), stamp));
            case "org.mineaction.notification.sent.v1", "org.mineaction.notification.failed.v1" ->
                    projection.notification(g, country, new NotificationOutcome(
                            CountryRecord.requireId("notificationId", data.requiredText("notificationId")),
                            data.requiredText("channel"), type.endsWith("sent.v1"), occurredOn, stamp));
            default -> handled = member(event, g, country, type);
        }
        return handled ? java.util.Optional.of(event) : java.util.Optional.empty();
    }

    /**
     * A member event: the member projection's own (idempotent) rule keeps their categories, so the
     * attendance counted next sees them whichever listener reads the event first.
     */
    private boolean member(IncomingEvent event, Generation g, String country, String type) {
        if (!MEMBER_TYPES.contains(type)) {
            log.debug("Skipping event {} of type {}: the figures do not read it", event.id(), type);
            return false;
        }
        Participant participant = json.readValue(event.data(), MemberFact.class).toParticipant();
        EventStamp stamp = new EventStamp(event.time(), event.id());
        if (type.equals(EventCatalogue.Type.MEMBER_ERASED.ceType())) {
            members.erased(participant, stamp);
        } else {
            members.apply(participant, stamp);
        }
        projection.memberChanged(g, country, participant.memberId());
        return true;
    }

    private static String meetingId(Fields data) {
        return CountryRecord.requireId("meetingId", data.requiredText("meetingId"));
    }

    private static <T> T required(T value, String field, IncomingEvent event) {
        if (value == null) {
            throw new MalformedEventException("Event " + event.id() + ": " + field + " is required");
        }
        return value;
    }

    private static Obligations obligations(Fields data, EventStamp stamp) {
        Fields article5 = data.object("article5");
        List<Obligations.IndividualisedApproachSession> sessions = data.objects("individualisedApproachSessions")
                .stream().map(s -> new Obligations.IndividualisedApproachSession(s.date("heldOn"), s.text("title")))
                .toList();
        return new Obligations(data.date("entryIntoForce"), article5 == null ? null : article5.date("originalDeadline"),
                article5 == null ? null : article5.date("currentDeadline"),
                article5 == null ? 0 : article5.objects("extensions").size(),
                article5 == null ? null : article5.date("completedOn"), sessions, stamp);
    }
}
