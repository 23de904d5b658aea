package org.mineaction.notification.meetings.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.messaging.TypedEvent;
import org.mineaction.notification.meetings.MeetingMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads meeting-service's events in a group of its own ({@code notification-service.meetings}).
 * Failures follow the chassis policy: a record that is no CloudEvent or whose data cannot be read
 * goes to the dead-letter topic at once (the consumer moves on), others after retries.
 */
@Component
class MeetingEventsListener {

    private static final String PREFIX = "org.mineaction.meeting.";
    private static final String VERSION = ".v1";
    private static final Logger log = LoggerFactory.getLogger(MeetingEventsListener.class);

    private final MeetingMessages meetings;
    private final JsonMapper jsonMapper;

    MeetingEventsListener(MeetingMessages meetings, JsonMapper jsonMapper) {
        this.meetings = meetings;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = "meeting-events", groupId = "${spring.application.name}.meetings", topics = EventCatalogue.Topics.MEETING_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvent envelope = IncomingEvent.from(record);
        String type = envelope.type();
        if (!type.startsWith(PREFIX) || !type.endsWith(VERSION)) {
            log.debug("Skipping event {} of type {}", envelope.id(), type);
            return;
        }
        String fact = type.substring(PREFIX.length(), type.length() - VERSION.length());
        if (!HANDLED.contains(fact)) {
            log.debug("Skipping event {} of type {}: nothing to send for it", envelope.id(), type);
            return;
        }
        TypedEvent<MeetingEventData> event = new TypedEvent<>(envelope,
                jsonMapper.readValue(envelope.data(), MeetingEventData.class));
        MeetingEventData data = event.data();
        String country = data.country();
        event.requireSubject(country);
        switch (fact) {
            case "scheduled" -> meetings.scheduled(country, data.meetingKey(), data.version());
            case "invitations.issued" -> meetings.invitationsIssued(country, data.meetingKey(), data.version(),
                    data.rsvpUrls(), data.reissuedAfterReschedule());
            case "rescheduled" -> meetings.rescheduled(country, data.meetingKey(), data.version());
            case "cancelled" -> meetings.cancelled(country, data.meetingKey(), data.version().sequence(),
                    data.memberIds());
            case "rsvp.recorded" -> data.rsvpUrls().keySet().forEach(member -> meetings.answered(country,
                    data.meetingKey(), member, data.attends()));
            case "held" -> meetings.held(country, data.meetingKey(), data.held());
            case "minutes.submitted" -> meetings.minutesSubmitted(country, data.meetingKey());
            case "minutes.approved" -> meetings.minutesApproved(country, data.meetingKey(), data.minutesUrl(),
                    data.memberIds());
            case "action-point.assigned" -> meetings.actionPointAssigned(data.actionPoint());
            case "action-point.status-changed" -> meetings.actionPointStatusChanged(country,
                    data.actionPoint().actionPointId(), data.status());
            default -> throw new IllegalStateException("Unhandled meeting fact " + fact);
        }
    }

    private static final java.util.Set<String> HANDLED = java.util.Set.of("scheduled", "invitations.issued",
            "rescheduled", "cancelled", "rsvp.recorded", "held", "minutes.submitted", "minutes.approved",
            "action-point.assigned", "action-point.status-changed");
}
