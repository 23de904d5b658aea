package org.mineaction.chassis.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.MalformedEventException;
import org.mineaction.chassis.projection.EventStamp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class TypedEventReaderTest {

    private static final String REGISTERED = EventCatalogue.Type.PLATFORM_REGISTERED.ceType();
    private static final Instant TIME = Instant.parse("2026-11-23T09:30:00.123456Z");

    private final TypedEventReader reader = new TypedEventReader(JsonMapper.builder().build());

    record Registered(String countryCode, String name) {
    }

    @Test
    void readsTheDataOfTheTypeItIsAskedFor() {
        TypedEvent<Registered> event = reader.read(record(REGISTERED, "KHM", "{\"countryCode\":\"KHM\",\"name\":\"Cambodia\"}"),
                EventCatalogue.Type.PLATFORM_REGISTERED, Registered.class).orElseThrow();

        assertThat(event.data()).isEqualTo(new Registered("KHM", "Cambodia"));
        assertThat(event.envelope().subject()).isEqualTo("KHM");
        assertThat(event.stamp()).isEqualTo(new EventStamp(TIME, "e-1"));
    }

    @Test
    void passesOverOtherTypesWithoutReadingTheirData() {
        assertThat(reader.read(record("org.mineaction.platform.renamed.v1", "KHM", "not json"),
                EventCatalogue.Type.PLATFORM_REGISTERED, Registered.class)).isEmpty();
    }

    @Test
    void throwsWhatTheFailurePolicyParksAtOnce() {
        assertThatThrownBy(() -> reader.read(record(REGISTERED, "KHM", "[\"not\", \"an\", \"object\"]"),
                EventCatalogue.Type.PLATFORM_REGISTERED, Registered.class)).isInstanceOf(JacksonException.class);
        ConsumerRecord<String, String> noHeaders = new ConsumerRecord<>("topic", 0, 0, "KHM", "{}");
        assertThatThrownBy(() -> reader.read(noHeaders, EventCatalogue.Type.PLATFORM_REGISTERED, Registered.class))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refusesDataAboutAnotherSubjectThanTheEnvelopeNames() {
        TypedEvent<Registered> event = reader.read(record(REGISTERED, "KHM", "{\"countryCode\":\"LAO\"}"),
                EventCatalogue.Type.PLATFORM_REGISTERED, Registered.class).orElseThrow();

        assertThatThrownBy(() -> event.requireSubject(event.data().countryCode()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("Event e-1 is about KHM but its data about LAO");
        event.requireSubject("KHM");
    }

    @Test
    void acceptsAnyDataSubjectWhenTheEnvelopeNamesNone() {
        TypedEvent<Registered> event = reader.read(record(REGISTERED, null, "{\"countryCode\":\"LAO\"}"),
                EventCatalogue.Type.PLATFORM_REGISTERED, Registered.class).orElseThrow();

        event.requireSubject("LAO");
        assertThat(event.envelope().subject()).isNull();
    }

    private static ConsumerRecord<String, String> record(String type, String subject, String data) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("topic", 0, 0, subject, data);
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of("ce_specversion", "1.0", "ce_id", "e-1",
                "ce_source", "/platform-service", "ce_type", type, "ce_time", TIME.toString()));
        if (subject != null) {
            headers.put("ce_subject", subject);
        }
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
