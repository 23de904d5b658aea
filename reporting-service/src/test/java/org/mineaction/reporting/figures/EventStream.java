package org.mineaction.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.testing.KafkaTestRecords;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stream of platform, meeting and notification events as the producers publish them, built from
 * the catalogue's examples where the catalogue has the type (and then checked against its schema),
 * else from the field lists agreed with the producers. Each event gets its id and time once, so
 * publishing the stream again is an exact replay.
 */
final class EventStream {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Event(String topic, String type, String country, String id, Instant time, String data) {
    }

    private final List<Event> events = new ArrayList<>();

    List<Event> events() {
        return List.copyOf(events);
    }

    /** Adds an event at {@code time} (also its {@code occurredAt}) with the given data. */
    EventStream add(String type, String country, String time, Consumer<ObjectNode> fields) {
        String topic = type.startsWith("org.mineaction.meeting.") ? EventCatalogue.Topics.MEETING_EVENTS
                : type.startsWith("org.mineaction.notification.") ? EventCatalogue.Topics.NOTIFICATION_EVENTS
                : EventCatalogue.Topics.PLATFORM_EVENTS;
        Instant at = time.length() == 10 ? Instant.parse(time + "T10:00:00Z") : Instant.parse(time);
        ObjectNode data = base(type);
        data.put("countryCode", country);
        data.put("occurredAt", at.toString());
        fields.accept(data);
        String json = JSON.writeValueAsString(data);
        catalogued(type).ifPresent(t -> assertThat(CatalogueAssertions.violations(t, json))
                .as("%s conforms to the catalogue", type).isEmpty());
        events.add(new Event(topic, type, country, UUID.randomUUID().toString(), at, json));
        return this;
    }

    private static java.util.Optional<EventCatalogue.Type> catalogued(String type) {
        try {
            return java.util.Optional.of(EventCatalogue.Type.ofCeType(type));
        } catch (IllegalArgumentException notYet) {
            return java.util.Optional.empty();
        }
    }

    private static ObjectNode base(String type) {
        return catalogued(type).map(t -> (ObjectNode) JSON.readTree(CatalogueAssertions.example(t)))
                .orElseGet(JSON::createObjectNode);
    }

    /** Publishes every event in order with one producer, as the producers' outbox relays would. */
    void publish(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (Event e : events) {
                RecordHeaders headers = new RecordHeaders();
                KafkaTestRecords.cloudEventHeaders(e.id(), "/test", e.type(), e.country(), e.time())
                        .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(new ProducerRecord<>(e.topic(), null, e.country(), e.data(), headers));
            }
            producer.flush();
        }
    }

    // The event types, by the names the producers agreed.

    EventStream registered(String country, String name, String on) {
        return add("org.mineaction.platform.registered.v1", country, on,
                d -> d.put("name", name).put("registeredAt", Instant.parse(on + "T09:00:00Z").toString()));
    }

    EventStream updated(String country, String name, String region, String cadence, String focus, String on) {
        return add("org.mineaction.platform.updated.v1", country, on, d -> d.put("name", name).put("region", region)
                .put("cadence", cadence).put("focusObjective", focus).put("status", "ACTIVE").put("version", 1)
                .put("timeZone", "UTC").set("languages", JSON.createArrayNode().add("en")));
    }

    EventStream member(String country, String memberId, String category, String gender, String ageGroup, String on) {
        return add(EventCatalogue.Type.MEMBER_JOINED.ceType(), country, on, d -> {
            d.put("memberId", memberId).put("stakeholderCategory", category).put("status", "ACTIVE");
            ObjectNode declared = d.putObject("demographics");
            if (gender != null) {
                declared.put("gender", gender);
            }
            if (ageGroup != null) {
                declared.put("ageGroup", ageGroup);
            }
        });
    }

    EventStream scheduled(String country, String meetingId, String day, String on) {
        return add(EventCatalogue.Type.MEETING_SCHEDULED.ceType(), country, on, d -> d.put("meetingId", meetingId)
                .put("type", "REGULAR").put("objective", "ARTICLE_5_CLEARANCE").put("startsAt", day + "T09:00:00Z")
                .put("endsAt", day + "T12:00:00Z").put("scheduledAt", on + "T10:00:00Z"));
    }

    EventStream rescheduled(String country, String meetingId, String day, String on) {
        return add(EventCatalogue.Type.MEETING_RESCHEDULED.ceType(), country, on, d -> d.put("meetingId", meetingId)
                .put("startsAt", day + "T09:00:00Z").put("endsAt", day + "T12:00:00Z")
                .put("rescheduledAt", on + "T10:00:00Z"));
    }

    EventStream cancelled(String country, String meetingId, String on) {
        return add(EventCatalogue.Type.MEETING_CANCELLED.ceType(), country, on, d -> d.put("meetingId", meetingId)
                .put("cancelledAt", on + "T10:00:00Z"));
    }

    EventStream held(String country, String meetingId, String day, List<String> attendees, Map<String, Integer> guests) {
        return add(EventCatalogue.Type.MEETING_HELD.ceType(), country, day, d -> {
            d.put("meetingId", meetingId).put("startsAt", day + "T09:00:00Z").put("heldAt", day + "T12:00:00Z");
            ArrayNode list = d.putArray("attendees");
            attendees.forEach(list::add);
            ObjectNode byCategory = d.putObject("guests");
            guests.forEach(byCategory::put);
            d.putObject("attendeesByCategory");
        });
    }

    EventStream minutesApproved(String country, String meetingId, String day) {
        return add(EventCatalogue.Type.MEETING_MINUTES_APPROVED.ceType(), country, day,
                d -> d.put("meetingId", meetingId).put("approvedAt", day + "T10:00:00Z"));
    }

    EventStream outcome(String country, String meetingId, String kind, String objective, String topicKey, String day) {
        return add(EventCatalogue.Type.MEETING_OUTCOME_RECORDED.ceType(), country, day, d -> d
                .put("outcomeId", UUID.randomUUID().toString()).put("meetingId", meetingId).put("kind", kind)
                .put("objective", objective).put("topicKey", topicKey).put("recordedAt", day + "T10:00:00Z"));
    }

    EventStream actionPoint(String type, String country, String id, String opened, String due, String status,
            String closed, String on) {
        EventCatalogue.Type ceType = type.equals("assigned") ? EventCatalogue.Type.ACTION_POINT_ASSIGNED
                : EventCatalogue.Type.ACTION_POINT_STATUS_CHANGED;
        return add(ceType.ceType(), country, on, d -> {
            d.put("actionPointId", id).put("ownerMemberId", "member-" + id).put("openedAt", opened + "T12:00:00Z")
                    .put("dueDate", due).put("status", status).put(type.equals("assigned") ? "assignedAt" : "changedAt",
                            on + "T10:00:00Z");
            if (closed != null) {
                d.put("closedAt", closed + "T12:00:00Z");
            } else {
                d.putNull("closedAt");
            }
        });
    }

    EventStream commitment(String country, String id, String donor, String type, String amount, String currency,
            List<Integer> years, String objective, String on) {
        return add(EventCatalogue.Type.COMMITMENT_RECORDED.ceType(), country, on, d -> {
            d.put("commitmentId", id).put("donorOrganisationId", "org-" + donor).put("donorName", donor)
                    .put("recipient", "National Mine Action Centre").put("objective", objective).put("type", type)
                    .put("amount", amount).put("currency", currency).put("recordedAt", on + "T10:00:00Z");
            ArrayNode list = d.putArray("years");
            years.forEach(list::add);
        });
    }

    EventStream article7(String country, int reportYear, String due, String submitted, boolean onTime) {
        return add("org.mineaction.platform.article7.submitted.v1", country, submitted, d -> d
                .put("reportYear", reportYear).put("initial", false).put("dueDate", due).put("submittedOn", submitted)
                .put("onTime", onTime));
    }

    EventStream notification(String country, String id, String channel, boolean sent, String on) {
        EventCatalogue.Type type = sent ? EventCatalogue.Type.NOTIFICATION_SENT : EventCatalogue.Type.NOTIFICATION_FAILED;
        return add(type.ceType(), country, on, d -> d.put("notificationId", sha256(id)).put("channel", channel));
    }

    /** Notification ids are hashes: 64 hex digits. */
    static String sha256(String label) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(label.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
