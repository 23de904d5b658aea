package org.mineaction.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Kafka (KRaft, broker and controller in one process) in a child JVM started
 * from the launcher's own classpath, so its memory is its own and measurable.
 * <p>
 * The storage under {@code <dir>/data} is formatted the first time only ({@code StorageTool format
 * --standalone}, a child process too, because it calls {@code System.exit}); later starts reuse it,
 * so topics and records survive restarts.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    static final String LOGBACK_CONFIG = "org/mineaction/local/kafka-logback.xml";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final String javaCommand;
    private final String classpath;
    private final List<String> jvmArgs;
    private final Path logFile;
    private final boolean detach;
    private ChildProcess process;

    public EmbeddedKafkaBroker(Path dir, int port, int controllerPort, String javaCommand, String classpath,
                               List<String> jvmArgs, Path logFile, boolean detach) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.javaCommand = javaCommand;
        this.classpath = classpath;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.logFile = logFile;
        this.detach = detach;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path dataDir() {
        return dir.resolve("data");
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Formats the storage if needed, starts the broker and waits until it answers. */
    public void start(BooleanSupplier cancelled) {
        Ports.requireFree(port, "Kafka", "Stop it, or set KAFKA_BOOTSTRAP_SERVERS=localhost:" + port
                + " to use it instead of starting one.");
        Ports.requireFree(controllerPort, "Kafka controller", "Stop whatever listens there.");
        try {
            Files.createDirectories(dataDir());
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, ""); // a new broker, a new log; the formatter and the broker append
            Path properties = dir.resolve("server.properties");
            Files.writeString(properties, serverProperties(dataDir(), port, controllerPort), StandardCharsets.UTF_8);
            if (!Files.exists(dataDir().resolve("meta.properties"))) {
                format(properties);
            }
            List<String> command = new ArrayList<>(javaCommand(jvmArgs));
            command.add("kafka.Kafka");
            command.add(properties.toString());
            process = new ChildProcess("kafka", command, Map.of(), dir, logFile, detach, true);
            process.start(true);
            awaitReady(cancelled);
        } catch (IOException e) {
            throw new SuiteStartupException("Cannot prepare the Kafka data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private void format(Path properties) throws IOException {
        List<String> command = new ArrayList<>(javaCommand(List.of("-Xmx128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1")));
        command.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", properties.toString()));
        ChildProcess formatter = new ChildProcess("kafka-storage-format", command, Map.of(), dir, logFile, false, true);
        int exit = formatter.runToCompletion(Duration.ofSeconds(60));
        if (exit != 0) {
            throw new SuiteStartupException("Formatting the Kafka storage in " + dataDir() + " failed (exit " + exit
                    + "); see " + logFile + System.lineSeparator() + formatter.logTail(15));
        }
    }

    /**
     * The classpath goes in an argument file ({@code java @file}): it is thousands of characters long,
     * and a command line that long is cut off where tools (and {@link ProcessHandle.Info}) read it, so
     * the main class at its end could not be seen.
     */
    private List<String> javaCommand(List<String> options) throws IOException {
        Path argFile = dir.resolve("classpath.args");
        Files.writeString(argFile, "-cp\n" + quoteForArgFile(classpath) + "\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(options);
        command.add("-Dlogback.configurationFile=" + LOGBACK_CONFIG);
        command.add("@" + argFile);
        return command;
    }

    /** java's @argfile syntax: double quotes around the value, backslash and quote escaped. */
    static String quoteForArgFile(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void awaitReady(BooleanSupplier cancelled) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(adminConfig(bootstrapServers()))) {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new SuiteStartupException("start cancelled");
                }
                if (!process.isAlive()) {
                    throw new SuiteStartupException("Kafka exited during start-up; see " + logFile
                            + System.lineSeparator() + process.logTail(20));
                }
                try {
                    Collection<Node> nodes = admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not up yet
                }
                if (System.nanoTime() > deadline) {
                    throw new SuiteStartupException("Kafka did not answer within " + STARTUP_TIMEOUT.toSeconds()
                            + " s; see " + logFile);
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartupException("interrupted while waiting for Kafka", e);
        }
    }

    static Map<String, Object> adminConfig(String bootstrapServers) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500,
                AdminClientConfig.CLIENT_ID_CONFIG, "local-suite-admin");
    }

    /**
     * Creates the topics that do not exist yet, replication capped at the cluster size. Existing topics
     * are left alone (a warning if their partition count differs from the list). Works against an
     * external cluster too.
     *
     * @return the names created now
     */
    public static List<String> ensureTopics(String bootstrapServers, List<TopicSpec> topics) {
        try (Admin admin = Admin.create(adminConfig(bootstrapServers))) {
            int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitions(), t.replicationFactorFor(brokers)).configs(t.config()))
                    .toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            List<String> present = topics.stream().map(TopicSpec::name).filter(existing::contains).toList();
            if (!present.isEmpty()) {
                Map<String, TopicDescription> descriptions = admin.describeTopics(present).allTopicNames()
                        .get(30, TimeUnit.SECONDS);
                for (TopicSpec topic : topics) {
                    TopicDescription description = descriptions.get(topic.name());
                    if (description != null && description.partitions().size() != topic.partitions()) {
                        System.err.printf("[local-suite] topic %s has %d partitions, topics.yaml says %d (left as is)%n",
                                topic.name(), description.partitions().size(), topic.partitions());
                    }
                }
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new SuiteStartupException("Could not create the Kafka topics on " + bootstrapServers + ": "
                    + (e.getCause() != null ? e.getCause() : e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartupException("interrupted while creating topics", e);
        }
    }

    /** Stops the broker with SIGTERM (a controlled shutdown), killing it if it hangs. */
    @Override
    public void close() {
        if (process != null) {
            process.stop(STOP_GRACE);
        }
    }

    /** A single node that is both broker and controller; sized for a laptop, durable across restarts. */
    static String serverProperties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("log.retention.hours", "168");
        p.setProperty("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        StringBuilder out = new StringBuilder("# Written by the local suite (infra/local) at every start.\n");
        p.stringPropertyNames().stream().sorted()
                .forEach(k -> out.append(k).append('=').append(p.getProperty(k)).append('\n'));
        return out.toString();
    }
}
