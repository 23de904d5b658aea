package org.mineaction.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.KafkaTestRecords;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes what the other services would: members with their contact data on the platform's
 * delivery topic, and meeting-service's facts (with a field this service does not know, which it
 * must ignore) on the meeting topic.
 */
final class MeetingEventsFixture {

    static final String MEETING_TOPIC = EventCatalogue.Topics.MEETING_EVENTS;
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrap;

    MeetingEventsFixture(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    record Member(String id, String country, String email, String phone, String language, String zone, String role,
            List<String> emailCategories, List<String> smsCategories) {
    }

    static Member member(String country, String language, String zone, String phone, String role,
            List<String> email, List<String> sms) {
        String id = "m-" + UUID.randomUUID();
        return new Member(id, country, id + "@example.org", phone, language, zone, role, email, sms);
    }

    static final List<String> ALL = List.of("INVITATIONS", "REMINDERS", "MINUTES", "ACTION_POINTS", "DEADLINES");

    void join(Member member) {
        join(member, null, null);
    }

    /** Joins with the member's own quiet hours ({@code HH:mm} in their zone), when {@code quietFrom} is not null. */
    void join(Member member, String quietFrom, String quietTo) {
        String data = CatalogueAssertions.example(EventCatalogue.Type.MEMBER_JOINED_DELIVERY, event -> {
            if (quietFrom != null) {
                event.putObject("quietHours").put("from", quietFrom).put("to", quietTo);
            }
            event.put("memberId", member.id()).put("countryCode", member.country()).put("role", member.role())
                    .put("status", "ACTIVE");
            ObjectNode contact = (ObjectNode) event.get("contact");
            contact.put("email", member.email()).put("language", member.language()).put("timeZone", member.zone());
            if (member.phone() == null) {
                contact.remove("phone");
            } else {
                contact.put("phone", member.phone());
            }
            ObjectNode preferences = event.putObject("notificationPreferences");
            ArrayNode email = preferences.putArray("EMAIL");
            member.emailCategories().forEach(email::add);
            ArrayNode sms = preferences.putArray("SMS");
            member.smsCategories().forEach(sms::add);
        });
        KafkaTestRecords.publish(bootstrap, EventCatalogue.Topics.PLATFORM_DELIVERY,
                EventCatalogue.Type.MEMBER_JOINED_DELIVERY.ceType(), member.country(), data);
    }

    /** A meeting fact; {@code data} gets the country, and a field no consumer knows. */
    String publish(String fact, String country, Map<String, Object> data) {
        return KafkaTestRecords.publish(bootstrap, MEETING_TOPIC, "org.mineaction.meeting." + fact + ".v1", country,
                json(country, data));
    }

    /** A catalogue example, as its producer would publish it (on the meeting or the delivery topic). */
    void publishExample(EventCatalogue.Type type) {
        String topic = type.ceType().startsWith("org.mineaction.meeting.") ? MEETING_TOPIC
                : EventCatalogue.Topics.PLATFORM_DELIVERY;
        KafkaTestRecords.publish(bootstrap, topic, type.ceType(), "KHM", CatalogueAssertions.example(type));
    }

    /** The same fact with the same CloudEvent id: a redelivery. */
    void publishTwice(String fact, String country, Map<String, Object> data) {
        Map<String, String> headers = KafkaTestRecords.cloudEventHeaders(UUID.randomUUID().toString(), "/meeting-service",
                "org.mineaction.meeting." + fact + ".v1", country, Instant.now());
        String json = json(country, data);
        KafkaTestRecords.publish(bootstrap, MEETING_TOPIC, country, json, headers);
        KafkaTestRecords.publish(bootstrap, MEETING_TOPIC, country, json, headers);
    }

    static String json(String country, Map<String, Object> data) {
        Map<String, Object> all = new LinkedHashMap<>(data);
        all.put("countryCode", country);
        all.put("aFieldFromTheFuture", Map.of("nested", List.of(1, 2, 3)));
        return JSON.writeValueAsString(all);
    }

    static Map<String, Object> meeting(String meetingId, String title, Instant start, Instant end, String zone,
            String location, int sequence) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meetingId", meetingId);
        data.put("title", title);
        data.put("startsAt", start.toString());
        data.put("endsAt", end.toString());
        data.put("timeZone", zone);
        data.put("location", location);
        data.put("sequence", sequence);
        return data;
    }

    static Map<String, Object> invitations(Map<String, Object> meeting, List<Member> invitees) {
        Map<String, Object> data = new LinkedHashMap<>(meeting);
        data.put("invitations", invitees.stream().map(m -> Map.of("memberId", m.id(),
                "rsvpUrl", "http://localhost:8080/rsvp/" + meeting.get("meetingId") + "/" + m.id())).toList());
        return data;
    }
}
