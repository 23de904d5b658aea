package org.mineaction.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.mineaction.catalogue.EventCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a record a producer emitted against the event catalogue: CloudEvents headers present
 * and well formed, the type known, the data valid against the type's JSON Schema.
 */
public final class CatalogueAssertions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private CatalogueAssertions() {
    }

    public static void assertConformsToCatalogue(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type");
        EventCatalogue.Type catalogued = EventCatalogue.Type.ofCeType(type);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_source")).startsWith("/");
        assertThat(Instant.parse(header(record, "ce_time"))).isNotNull();
        assertThat(header(record, "ce_subject")).matches("[A-Z]{3}").isEqualTo(record.key());
        assertThat(header(record, "ce_dataschema")).isEqualTo(catalogued.dataSchemaUri());
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(violations(catalogued, record.value())).as("schema violations of %s", type).isEmpty();
    }

    /** The schema violations of a payload, as readable messages; empty when it conforms. */
    public static List<String> violations(EventCatalogue.Type type, String json) {
        JsonNode node = JSON.readTree(json);
        return schema(type).validate(node).stream().map(Error::toString).toList();
    }

    /** The catalogue's example payload of a type, for consumer tests. */
    public static String example(EventCatalogue.Type type) {
        return read(EventCatalogue.EXAMPLE_FOLDER + type.schemaFile());
    }

    /** The catalogue's example payload of a type with some fields changed, e.g. re-addressed to another country. */
    public static String example(EventCatalogue.Type type, Consumer<ObjectNode> change) {
        ObjectNode event = (ObjectNode) JSON.readTree(example(type));
        change.accept(event);
        return JSON.writeValueAsString(event);
    }

    private static Schema schema(EventCatalogue.Type type) {
        return SCHEMAS.computeIfAbsent(type.schemaFile(),
                file -> REGISTRY.getSchema(read(EventCatalogue.SCHEMA_FOLDER + file)));
    }

    static String read(String resource) {
        try (InputStream in = CatalogueAssertions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
