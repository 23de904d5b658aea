package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compose creates the topics with infra/kafka/create-topics.sh (sh + awk in the apache/kafka
 * image), the local suite with {@link TopicSpec} (SnakeYAML). This runs the script with a stand-in
 * for kafka-topics.sh that records its arguments, and checks both read topics.yaml the same way.
 */
class CreateTopicsScriptTest {

    private static final Path REPO = ArchitectureDoc.repoRoot();

    @TempDir
    Path temp;

    record Call(String topic, int partitions, int replicationFactor, Map<String, String> config) {
    }

    private List<Call> run(Path topicsFile, int maxReplication) throws IOException, InterruptedException {
        Path calls = temp.resolve("calls.txt");
        Path stub = temp.resolve("kafka-topics.sh");
        Files.writeString(stub, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + calls + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("sh", REPO.resolve("infra/kafka/create-topics.sh").toString())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "KAFKA_TOPICS", stub.toString(),
                "TOPICS_FILE", topicsFile.toString(),
                "BOOTSTRAP_SERVERS", "kafka:19092",
                "MAX_REPLICATION_FACTOR", Integer.toString(maxReplication),
                "TMPDIR", temp.toString()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        List<Call> result = new ArrayList<>();
        for (String line : Files.readAllLines(calls, StandardCharsets.UTF_8)) {
            List<String> args = List.of(line.split(" "));
            assertThat(args).containsSubsequence("--bootstrap-server", "kafka:19092")
                    .contains("--create", "--if-not-exists");
            Map<String, String> config = new TreeMap<>();
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--config")) {
                    String[] kv = args.get(i + 1).split("=", 2);
                    config.put(kv[0], kv[1]);
                }
            }
            result.add(new Call(args.get(args.indexOf("--topic") + 1),
                    Integer.parseInt(args.get(args.indexOf("--partitions") + 1)),
                    Integer.parseInt(args.get(args.indexOf("--replication-factor") + 1)), config));
        }
        return result;
    }

    private static List<Call> expected(List<TopicSpec> topics, int brokers) {
        return topics.stream()
                .map(t -> new Call(t.name(), t.partitions(), t.replicationFactorFor(brokers), new TreeMap<>(t.config())))
                .toList();
    }

    @Test
    void theScriptCreatesExactlyWhatTheLauncherCreates() throws Exception {
        Path topics = REPO.resolve("infra/kafka/topics.yaml");
        assertThat(run(topics, 1)).containsExactlyElementsOf(expected(TopicSpec.read(topics), 1));
    }

    @Test
    void theScriptHandlesDefaultsQuotesCommentsAndTheReplicationCap() throws Exception {
        Path topics = temp.resolve("topics.yaml");
        Files.writeString(topics, """
                # a comment
                defaults:
                  partitions: 6
                  replicationFactor: 3

                topics:
                  - name: "first.topic"     # quoted
                  - name: second
                    replicationFactor: 2
                    config:
                      cleanup.policy: compact
                      min.insync.replicas: '2'
                  - name: third
                    partitions: 1
                """, StandardCharsets.UTF_8);

        assertThat(run(topics, 2)).containsExactlyElementsOf(expected(TopicSpec.read(topics), 2));
    }
}
