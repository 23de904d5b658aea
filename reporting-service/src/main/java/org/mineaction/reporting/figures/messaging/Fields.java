package org.mineaction.reporting.figures.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineaction.chassis.cloudevents.MalformedEventException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the few fields the figures need from an event's JSON data, by name (with the names a
 * producer might use for the same field), ignoring everything else. A missing required field or a
 * value of the wrong shape is a malformed event: parked on the dead-letter topic at once.
 */
final class Fields {

    private final JsonNode data;
    private final String eventId;

    Fields(JsonNode data, String eventId) {
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("Event " + eventId + " has no JSON object as data");
        }
        this.data = data;
        this.eventId = eventId;
    }

    private JsonNode node(String... names) {
        for (String name : names) {
            JsonNode value = data.get(name);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    String text(String... names) {
        JsonNode value = node(names);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            throw malformed(names[0], "is not a plain value");
        }
        return value.asString();
    }

    String requiredText(String... names) {
        String value = text(names);
        if (value == null || value.isBlank()) {
            throw malformed(names[0], "is required");
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String... names) {
        String value = text(names);
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw malformed(names[0], "is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A day, from an ISO date or an RFC 3339 timestamp (its day in UTC). */
    LocalDate date(String... names) {
        String value = text(names);
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value)
                    : OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw malformed(names[0], "is not an ISO date or timestamp");
        }
    }

    LocalDate dateOr(LocalDate fallback, String... names) {
        LocalDate day = date(names);
        return day == null ? fallback : day;
    }

    static LocalDate dayOf(Instant time) {
        return time.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    Integer integer(String... names) {
        JsonNode value = node(names);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw malformed(names[0], "is not a whole number");
        }
        return value.asInt();
    }

    boolean bool(String name) {
        JsonNode value = node(name);
        if (value == null || !value.isBoolean()) {
            throw malformed(name, "must be true or false");
        }
        return value.asBoolean();
    }

    BigDecimal decimal(String... names) {
        String value = text(names);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw malformed(names[0], "is not a decimal number");
        }
    }

    List<Integer> integers(String name) {
        List<Integer> values = new ArrayList<>();
        JsonNode array = node(name);
        if (array == null) {
            return values;
        }
        if (!array.isArray()) {
            throw malformed(name, "is not a list");
        }
        array.forEach(item -> {
            if (!item.isIntegralNumber()) {
                throw malformed(name, "holds something other than whole numbers");
            }
            values.add(item.asInt());
        });
        return values;
    }

    /** Ids in a list, given as strings or as objects with one of {@code idNames}. */
    Set<String> ids(String[] names, String... idNames) {
        Set<String> ids = new LinkedHashSet<>();
        JsonNode array = node(names);
        if (array == null) {
            return ids;
        }
        if (!array.isArray()) {
            throw malformed(names[0], "is not a list");
        }
        for (JsonNode item : array) {
            if (item.isString()) {
                ids.add(item.asString());
            } else {
                ids.add(new Fields(item, eventId).requiredText(idNames));
            }
        }
        return ids;
    }

    /** Counts by category, given as {@code {"NATIONAL_NGO": 3}} or {@code [{"category": ..., "count": 3}]}. */
    Map<String, Integer> counts(String... names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        JsonNode value = node(names);
        if (value == null) {
            return counts;
        }
        if (value.isObject()) {
            value.properties().forEach(entry -> counts.merge(entry.getKey(), count(names[0], entry.getValue()),
                    Integer::sum));
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                Fields row = new Fields(item, eventId);
                counts.merge(row.requiredText("category", "stakeholderCategory"),
                        count(names[0], item.get("count")), Integer::sum);
            }
        } else {
            throw malformed(names[0], "is neither counts by category nor a list of them");
        }
        return counts;
    }

    private int count(String name, JsonNode value) {
        if (value == null || !value.isIntegralNumber() || value.asInt() < 0) {
            throw malformed(name, "holds a count that is not a whole number of zero or more");
        }
        return value.asInt();
    }

    Fields object(String name) {
        JsonNode value = node(name);
        return value == null ? null : new Fields(value, eventId);
    }

    List<Fields> objects(String name) {
        List<Fields> objects = new ArrayList<>();
        JsonNode array = node(name);
        if (array != null) {
            if (!array.isArray()) {
                throw malformed(name, "is not a list");
            }
            array.forEach(item -> objects.add(new Fields(item, eventId)));
        }
        return objects;
    }

    private MalformedEventException malformed(String field, String problem) {
        return new MalformedEventException("Event " + eventId + ": " + field + " " + problem);
    }
}
