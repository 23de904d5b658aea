package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TopicSpecTest {

    private static final Path TOPICS = ArchitectureDoc.repoRoot().resolve("infra/kafka/topics.yaml");

    @Test
    void theSharedListHasEveryTopicOfTheArchitectureAndItsDeadLetterTopic() throws IOException {
        List<TopicSpec> topics = TopicSpec.read(TOPICS);

        String architecture = Files.readString(ArchitectureDoc.repoRoot().resolve("docs/architecture.md"),
                StandardCharsets.UTF_8);
        Matcher documented = Pattern.compile("\\| `(mineaction\\.[a-z0-9.-]+)` \\|").matcher(architecture);
        List<String> names = topics.stream().map(TopicSpec::name).toList();
        int count = 0;
        while (documented.find()) {
            count++;
            assertThat(names).contains(documented.group(1), documented.group(1) + ".DLT");
        }
        assertThat(count).as("topics found in docs/architecture.md").isGreaterThanOrEqualTo(2);
    }

    @Test
    void deadLetterTopicsHaveAtLeastThePartitionsOfTheirSource() {
        List<TopicSpec> topics = TopicSpec.read(TOPICS);
        for (TopicSpec dlt : topics.stream().filter(t -> t.name().endsWith(".DLT")).toList()) {
            String source = dlt.name().substring(0, dlt.name().length() - ".DLT".length());
            TopicSpec original = topics.stream().filter(t -> t.name().equals(source)).findFirst().orElseThrow();
            assertThat(dlt.partitions()).as(dlt.name()).isGreaterThanOrEqualTo(original.partitions());
        }
    }

    @Test
    void defaultsFillWhatATopicLeavesOutAndConfigValuesAreStrings() {
        List<TopicSpec> topics = TopicSpec.parse("""
                defaults:
                  partitions: 4
                  replicationFactor: 3
                topics:
                  - name: a.b
                  - name: c
                    partitions: 1
                    replicationFactor: 2
                    config:
                      retention.ms: 1000   # a number in YAML
                      cleanup.policy: compact
                """);

        assertThat(topics).containsExactly(
                new TopicSpec("a.b", 4, 3, Map.of()),
                new TopicSpec("c", 1, 2, Map.of("retention.ms", "1000", "cleanup.policy", "compact")));
    }

    @Test
    void replicationIsCappedAtTheNumberOfBrokers() {
        TopicSpec topic = new TopicSpec("t", 3, 3, Map.of());
        assertThat(topic.replicationFactorFor(1)).isEqualTo((short) 1);
        assertThat(topic.replicationFactorFor(5)).isEqualTo((short) 3);
    }

    @Test
    void mistakesAreReportedWithTheTopicName() {
        assertThatThrownBy(() -> TopicSpec.parse("topics:\n  - name: x\n  - name: x\n"))
                .hasMessageContaining("x is listed twice");
        assertThatThrownBy(() -> TopicSpec.parse("topics:\n  - partitions: 3\n"))
                .hasMessageContaining("needs a 'name'");
        assertThatThrownBy(() -> TopicSpec.parse("topics:\n  - name: x\n    partitions: three\n"))
                .hasMessageContaining("x.partitions");
        assertThatThrownBy(() -> TopicSpec.parse("topics:\n  - name: x\n    partitions: 0\n"))
                .hasMessageContaining("partitions must be >= 1");
        assertThatThrownBy(() -> TopicSpec.parse("topics:\n  - name: 'bad name'\n"))
                .hasMessageContaining("illegal Kafka topic name");
        assertThatThrownBy(() -> TopicSpec.parse("topics: []\n")).hasMessageContaining("non-empty list");
    }

    @Test
    void anUnreadableFileIsAStartupErrorNamingTheFile(@org.junit.jupiter.api.io.TempDir Path temp) {
        assertThatThrownBy(() -> TopicSpec.read(temp.resolve("missing.yaml")))
                .isInstanceOf(SuiteStartupException.class)
                .hasMessageContaining("missing.yaml");
    }
}
