package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteSettingsTest {

    @TempDir
    Path temp;

    private Path fakeRepo() throws IOException {
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo.resolve("infra/local/src"));
        Files.writeString(repo.resolve("mvnw"), "#!/bin/sh\n");
        return repo;
    }

    @Test
    void defaultsFollowTheArchitectureTable() throws IOException {
        Path repo = fakeRepo();
        SuiteSettings settings = SuiteSettings.fromCommandLine(new String[0], Map.of(), repo.resolve("infra/local"));

        assertThat(settings.repoRoot()).isEqualTo(repo.toAbsolutePath());
        assertThat(settings.dataDir()).isEqualTo(repo.resolve(".local").toAbsolutePath());
        assertThat(settings.logDir()).isEqualTo(repo.resolve(".local/logs").toAbsolutePath());
        assertThat(settings.topicsFile()).isEqualTo(repo.resolve("infra/kafka/topics.yaml").toAbsolutePath());
        PortPlan ports = settings.ports();
        assertThat(ports.kafka()).isEqualTo(9092);
        assertThat(ports.kafkaController()).isEqualTo(9093);
        assertThat(ports.mongo()).isEqualTo(27017);
        assertThat(ports.smtp()).isEqualTo(3025);
        assertThat(ports.imap()).isEqualTo(3143);
        assertThat(ports.mailViewer()).isEqualTo(8025);
        assertThat(ports.port(SuiteService.GATEWAY)).isEqualTo(8080);
        assertThat(ports.port(SuiteService.PLATFORM)).isEqualTo(8081);
        assertThat(ports.port(SuiteService.NOTIFICATION)).isEqualTo(8084);
        assertThat(settings.externalKafka()).isEmpty();
        assertThat(settings.externalMongoUri()).isEmpty();
        assertThat(settings.externalSmtp()).isFalse();
        assertThat(settings.seedDemoData()).isTrue();
        assertThat(settings.healthTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.javaCommand()).isEqualTo(ProcessHandle.current().info().command().orElseThrow());
    }

    @Test
    void childJvmsGetACappedHeapAndSerialGc() throws IOException {
        SuiteSettings settings = SuiteSettings.builder(fakeRepo()).serviceHeapMb(200).kafkaHeapMb(300).build();

        assertThat(settings.serviceJvmArgs()).contains("-Xmx200m", "-XX:+UseSerialGC");
        assertThat(settings.kafkaJvmArgs()).contains("-Xmx300m", "-XX:+UseSerialGC");
        assertThatThrownBy(() -> SuiteSettings.builder(temp).serviceHeapMb(10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClasspathHandedToTheBrokerIsAbsolute() throws IOException {
        SuiteSettings settings = SuiteSettings.builder(fakeRepo())
                .classpath("infra/local/target/classes" + java.io.File.pathSeparator + "/m2/a.jar").build();

        assertThat(settings.classpath()).isEqualTo(Path.of("infra/local/target/classes").toAbsolutePath()
                + java.io.File.pathSeparator + "/m2/a.jar");
        assertThat(SuiteSettings.builder(fakeRepo()).build().classpath().split(java.io.File.pathSeparator))
                .allSatisfy(entry -> assertThat(Path.of(entry)).isAbsolute());
    }

    @Test
    void environmentSwitchesToExternalInfrastructureAndBlankMeansUnset() throws IOException {
        Path repo = fakeRepo();
        SuiteSettings external = SuiteSettings.fromCommandLine(new String[0], Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker-1:9092,broker-2:9092",
                "MONGODB_URI", "mongodb://db:27017/?replicaSet=rs0",
                "SMTP_HOST", "smtp.example.org"), repo);
        assertThat(external.externalKafka()).contains("broker-1:9092,broker-2:9092");
        assertThat(external.externalMongoUri()).contains("mongodb://db:27017/?replicaSet=rs0");
        assertThat(external.externalSmtp()).isTrue();

        SuiteSettings blank = SuiteSettings.fromCommandLine(new String[0],
                Map.of("KAFKA_BOOTSTRAP_SERVERS", " ", "MONGODB_URI", "", "SMTP_HOST", ""), repo);
        assertThat(blank.externalKafka()).isEmpty();
        assertThat(blank.externalMongoUri()).isEmpty();
        assertThat(blank.externalSmtp()).isFalse();
    }

    @Test
    void commandLineAndLocalSuiteOptsConfigurePortsFoldersAndDemoData() throws IOException {
        Path repo = fakeRepo();
        SuiteSettings settings = SuiteSettings.fromCommandLine(
                new String[] {"--data-dir=" + temp.resolve("data"), "--health-timeout=30"},
                Map.of("LOCAL_SUITE_OPTS", "--random-ports  --no-demo-data"), repo);

        assertThat(settings.dataDir()).isEqualTo(temp.resolve("data").toAbsolutePath());
        assertThat(settings.logDir()).isEqualTo(temp.resolve("data/logs").toAbsolutePath());
        assertThat(settings.healthTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.seedDemoData()).isFalse();
        assertThat(settings.ports()).isNotEqualTo(PortPlan.defaults());
    }

    @Test
    void unknownOptionIsRefusedWithTheUsage() throws IOException {
        Path repo = fakeRepo();
        assertThatThrownBy(() -> SuiteSettings.fromCommandLine(new String[] {"--ports=1"}, Map.of(), repo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--ports=1")
                .hasMessageContaining("Usage: LocalSuite");
    }

    @Test
    void randomPortsAreDistinctAndFree() {
        PortPlan ports = PortPlan.randomFree();
        Set<Integer> all = new HashSet<>(List.of(ports.kafka(), ports.kafkaController(), ports.mongo(), ports.smtp(),
                ports.imap(), ports.mailViewer()));
        all.addAll(ports.services().values());
        assertThat(all).hasSize(11).allSatisfy(port -> assertThat(Ports.inUse(port)).isFalse());
    }

    @Test
    void aPortPlanRejectsDuplicatesAndMissingServices() {
        PortPlan defaults = PortPlan.defaults();
        assertThatThrownBy(() -> new PortPlan(8080, 9093, 27017, 3025, 3143, 8025, defaults.services()))
                .hasMessageContaining("8080");
        assertThatThrownBy(() -> new PortPlan(9092, 9093, 27017, 3025, 3143, 8025,
                Map.of(SuiteService.GATEWAY, 8080))).hasMessageContaining("no port for platform-service");
    }

    @Test
    void repoRootIsTheNearestFolderWithMvnwAndInfra() throws IOException {
        Path repo = fakeRepo();
        assertThat(RepoRoot.find(repo.resolve("infra/local/src"))).isEqualTo(repo.toAbsolutePath());
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        assertThatThrownBy(() -> RepoRoot.find(elsewhere))
                .isInstanceOf(SuiteStartupException.class)
                .hasMessageContaining("mvnw and infra/");
    }
}
