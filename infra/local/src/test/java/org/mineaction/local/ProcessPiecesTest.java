package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of starting child processes that need no process: commands, files, checks. */
class ProcessPiecesTest {

    @TempDir
    Path temp;

    @Test
    void aServiceRunsItsExecJarWithTheLocalProfile() {
        Path repo = Path.of("/repo");
        List<String> command = ServiceProcess.command("/jdk/bin/java", List.of("-Xmx256m", "-XX:+UseSerialGC"),
                SuiteService.PLATFORM.execJar(repo));

        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx256m", "-XX:+UseSerialGC", "-jar",
                "/repo/platform-service/target/platform-service-exec.jar", "--spring.profiles.active=local");
    }

    @Test
    void aMissingJarIsReportedWithTheBuildCommand() {
        assertThatThrownBy(() -> ServiceProcess.requireJar(SuiteService.GATEWAY, temp))
                .isInstanceOf(SuiteStartupException.class)
                .hasMessageContaining("gateway/target/gateway-exec.jar")
                .hasMessageContaining("./mvnw -DskipTests package");
    }

    @Test
    void gatewayUrlVariablesFollowTheModuleNames() {
        assertThat(SuiteService.PLATFORM.urlEnvVar()).isEqualTo("PLATFORM_SERVICE_URL");
        assertThat(SuiteService.NOTIFICATION.urlEnvVar()).isEqualTo("NOTIFICATION_SERVICE_URL");
        assertThat(SuiteService.byModule("reporting-service")).contains(SuiteService.REPORTING);
        assertThat(SuiteService.backends()).doesNotContain(SuiteService.GATEWAY).hasSize(4);
    }

    @Test
    void theBrokerIsASingleKraftNodeOnTheGivenPortsAndFolder() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(EmbeddedKafkaBroker.serverProperties(temp.resolve("data"), 19092, 19093)));

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("listeners")).isEqualTo("PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://localhost:19092");
        assertThat(properties.getProperty("controller.quorum.bootstrap.servers")).isEqualTo("localhost:19093");
        assertThat(properties.getProperty("log.dirs")).isEqualTo(temp.resolve("data").toAbsolutePath().toString());
        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
    }

    @Test
    void theBrokersClasspathGoesInAJavaArgumentFileQuoted() {
        assertThat(EmbeddedKafkaBroker.quoteForArgFile("/a b/x.jar:C:\\y\"z.jar"))
                .isEqualTo("\"/a b/x.jar:C:\\\\y\\\"z.jar\"");
    }

    @Test
    void leftoversAreRecognisedOnlyByTheCommandLineWeStarted() {
        assertThat(PidFile.isOurs("kafka", "/jdk/bin/java -Xmx256m -cp a.jar kafka.Kafka /r/.local/kafka/server.properties"))
                .isTrue();
        assertThat(PidFile.isOurs("platform-service",
                "java -jar /r/platform-service/target/platform-service-exec.jar --spring.profiles.active=local")).isTrue();
        assertThat(PidFile.isOurs("platform-service", "vim platform-service-exec.jar")).isFalse();
        assertThat(PidFile.isOurs("kafka", "bash")).isFalse();
    }

    @Test
    void aPidFileOfDeadProcessesIsClearedWithoutStoppingAnything() throws IOException {
        Path file = temp.resolve("local-suite.pids");
        Files.writeString(file, "999999999 platform-service\nnot-a-pid kafka\n");

        assertThat(new PidFile(file).stopLeftovers()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aFailedChildShowsTheEndOfItsLog() throws IOException {
        Path log = temp.resolve("x.log");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            text.append("line ").append(i).append('\n');
        }
        Files.writeString(log, text);

        assertThat(ChildProcess.tail(log, 3)).isEqualTo("line 98" + System.lineSeparator() + "line 99"
                + System.lineSeparator() + "line 100");
        assertThat(ChildProcess.tail(temp.resolve("none.log"), 3)).startsWith("(no log:");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(Json.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
        assertThat(Json.quote(null)).isEqualTo("null");
    }
}
