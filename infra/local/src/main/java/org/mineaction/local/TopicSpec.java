package org.mineaction.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One topic of {@code infra/kafka/topics.yaml}, the list shared by the local suite and compose.
 *
 * @param name              topic name
 * @param partitions        partition count
 * @param replicationFactor the wish for a real cluster; creators cap it at the broker count
 * @param config            topic-level settings, e.g. retention.ms
 */
public record TopicSpec(String name, int partitions, int replicationFactor, Map<String, String> config) {

    private static final Pattern LEGAL_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    public TopicSpec {
        if (name == null || !LEGAL_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("illegal Kafka topic name: " + name);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException(name + ": partitions must be >= 1, got " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(name + ": replicationFactor must be >= 1, got " + replicationFactor);
        }
        config = Map.copyOf(config);
    }

    public short replicationFactorFor(int brokers) {
        return (short) Math.max(1, Math.min(replicationFactor, brokers));
    }

    public static List<TopicSpec> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader), file.toString());
        } catch (IOException e) {
            throw new SuiteStartupException("Cannot read the topic list " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<TopicSpec> parse(String yaml) {
        return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml), "topics.yaml");
    }

    private static List<TopicSpec> parse(Object document, String source) {
        if (!(document instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException(source + ": expected a mapping with 'topics'");
        }
        Map<?, ?> defaults = root.get("defaults") instanceof Map<?, ?> d ? d : Map.of();
        int defaultPartitions = integer(defaults.get("partitions"), 1, source + " defaults.partitions");
        int defaultReplication = integer(defaults.get("replicationFactor"), 1, source + " defaults.replicationFactor");
        if (!(root.get("topics") instanceof List<?> items) || items.isEmpty()) {
            throw new IllegalArgumentException(source + ": 'topics' must be a non-empty list");
        }
        List<TopicSpec> topics = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> topic) || !(topic.get("name") instanceof String name)) {
                throw new IllegalArgumentException(source + ": every topic needs a 'name', got " + item);
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException(source + ": topic " + name + " is listed twice");
            }
            Map<String, String> config = new LinkedHashMap<>();
            if (topic.get("config") instanceof Map<?, ?> entries) {
                entries.forEach((k, v) -> config.put(String.valueOf(k), String.valueOf(v)));
            } else if (topic.get("config") != null) {
                throw new IllegalArgumentException(source + ": " + name + ".config must be a mapping");
            }
            topics.add(new TopicSpec(name,
                    integer(topic.get("partitions"), defaultPartitions, name + ".partitions"),
                    integer(topic.get("replicationFactor"), defaultReplication, name + ".replicationFactor"),
                    config));
        }
        return List.copyOf(topics);
    }

    private static int integer(Object value, int fallback, String what) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer i) {
            return i;
        }
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got " + value);
        }
    }
}
