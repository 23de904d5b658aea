package org.mineaction.chassis.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A CloudEvent read from a Kafka record in binary mode: the attributes a consumer needs for
 * idempotency, routing and tracing, and the raw JSON data it maps into its own DTO.
 */
public record IncomingEvent(String id, String source, String type, String subject, Instant time,
        String correlationId, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        String time = required(headers, CloudEventHeaders.TIME);
        try {
            return new IncomingEvent(
                    required(headers, CloudEventHeaders.ID),
                    required(headers, CloudEventHeaders.SOURCE),
                    required(headers, CloudEventHeaders.TYPE),
                    optional(headers, CloudEventHeaders.SUBJECT),
                    Instant.parse(time),
                    optional(headers, CloudEventHeaders.CORRELATION_ID),
                    requireData(record.value()));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 timestamp: " + time, e);
        }
    }

    private static String requireData(String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("The record has no data");
        }
        return value;
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Missing CloudEvent header " + name);
        }
        return value;
    }

    static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
