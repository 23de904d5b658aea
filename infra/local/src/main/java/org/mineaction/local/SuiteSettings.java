package org.mineaction.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the launcher needs to know, resolved once: where the repository and the data live,
 * which ports to use, which infrastructure is external (env vars of docs/architecture.md), and how
 * to run the child JVMs. Built from the command line and environment by {@link #fromCommandLine},
 * or directly with {@link #builder(Path)} (tests: random ports, a temp data dir).
 *
 * @param repoRoot          the repository root (has mvnw and infra/)
 * @param dataDir           state that survives restarts: kafka/, mongo/ (default {@code <repo>/.local})
 * @param logDir            one log file per child process (default {@code <dataDir>/logs})
 * @param javaCommand       the java binary for every child (default: the one running the launcher)
 * @param classpath         the launcher's classpath, reused to run the Kafka broker
 * @param ports             every port the suite listens on
 * @param externalKafka     {@code KAFKA_BOOTSTRAP_SERVERS}: when present, no broker is started
 * @param externalMongoUri  {@code MONGODB_URI}: when present, no mongo-java-server is started
 * @param externalSmtp      {@code SMTP_HOST} is set: no GreenMail; the SMTP_* vars are passed through
 * @param serviceJvmArgs    JVM options for each service (heap cap, GC)
 * @param kafkaJvmArgs      JVM options for the broker
 * @param healthTimeout     how long each service may take to become ready
 * @param mongoOplog        enable mongo-java-server's oplog (change streams)
 * @param seedDemoData      register a demo platform through the gateway once everything is up
 * @param detachChildren    start children in their own session (setsid), so a terminal Ctrl-C reaches
 *                          only the launcher, which then stops them in order
 */
public record SuiteSettings(
        Path repoRoot,
        Path dataDir,
        Path logDir,
        String javaCommand,
        String classpath,
        PortPlan ports,
        Optional<String> externalKafka,
        Optional<String> externalMongoUri,
        boolean externalSmtp,
        List<String> serviceJvmArgs,
        List<String> kafkaJvmArgs,
        Duration healthTimeout,
        boolean mongoOplog,
        boolean seedDemoData,
        boolean detachChildren) {

    public static final String ENV_KAFKA = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String ENV_MONGO = "MONGODB_URI";
    public static final String ENV_SMTP_HOST = "SMTP_HOST";
    /** Launcher options from the environment, for runs through Maven: LOCAL_SUITE_OPTS="--no-demo-data". */
    public static final String ENV_OPTIONS = "LOCAL_SUITE_OPTS";
    public static final int DEFAULT_SERVICE_HEAP_MB = 256;
    public static final int DEFAULT_KAFKA_HEAP_MB = 256;
    public static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(120);

    public SuiteSettings {
        Objects.requireNonNull(repoRoot, "repoRoot");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(logDir, "logDir");
        Objects.requireNonNull(javaCommand, "javaCommand");
        Objects.requireNonNull(classpath, "classpath");
        Objects.requireNonNull(ports, "ports");
        serviceJvmArgs = List.copyOf(serviceJvmArgs);
        kafkaJvmArgs = List.copyOf(kafkaJvmArgs);
        if (healthTimeout.isNegative() || healthTimeout.isZero()) {
            throw new IllegalArgumentException("healthTimeout must be positive");
        }
    }

    public Path topicsFile() {
        return repoRoot.resolve("infra").resolve("kafka").resolve("topics.yaml");
    }

    public Path logFile(String name) {
        return logDir.resolve(name + ".log");
    }

    public static Builder builder(Path repoRoot) {
        return new Builder(repoRoot);
    }

    /**
     * Settings for {@code LocalSuite.main}. Options:
     * {@code --random-ports}, {@code --data-dir=PATH}, {@code --health-timeout=SECONDS},
     * {@code --no-demo-data}, {@code --service-heap=MB}.
     */
    public static SuiteSettings fromCommandLine(String[] args, Map<String, String> env, Path workingDir) {
        Builder builder = builder(RepoRoot.find(workingDir)).environment(env);
        List<String> options = new ArrayList<>();
        nonBlank(env, ENV_OPTIONS).ifPresent(o -> options.addAll(List.of(o.split("\\s+"))));
        options.addAll(List.of(args));
        for (String arg : options) {
            if (arg.equals("--random-ports")) {
                builder.ports(PortPlan.randomFree());
            } else if (arg.startsWith("--data-dir=")) {
                builder.dataDir(workingDir.resolve(arg.substring("--data-dir=".length())).toAbsolutePath().normalize());
            } else if (arg.startsWith("--health-timeout=")) {
                builder.healthTimeout(Duration.ofSeconds(Long.parseLong(arg.substring("--health-timeout=".length()))));
            } else if (arg.equals("--no-demo-data")) {
                builder.seedDemoData(false);
            } else if (arg.equals("--full-jit")) {
                builder.fullJit(true);
            } else if (arg.startsWith("--service-heap=")) {
                builder.serviceHeapMb(Integer.parseInt(arg.substring("--service-heap=".length())));
            } else {
                throw new IllegalArgumentException("unknown option " + arg + usage());
            }
        }
        return builder.build();
    }

    static String usage() {
        return """

                Usage: LocalSuite [--random-ports] [--data-dir=PATH] [--health-timeout=SECONDS] [--no-demo-data] [--service-heap=MB] [--full-jit]
                (or the same options in LOCAL_SUITE_OPTS, e.g. for ./mvnw -Plocal package -DskipTests)
                Environment: KAFKA_BOOTSTRAP_SERVERS, MONGODB_URI, SMTP_HOST (+ SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, MAIL_FROM)
                switch to external infrastructure instead of the embedded one.""";
    }

    static String currentJava() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Optional<String> nonBlank(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * The classpath with every entry made absolute: the broker runs in its own data folder, where
     * relative entries (exec:exec passes {@code infra/local/target/classes}) would point nowhere.
     */
    static String absolute(String classpath) {
        return java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** JVM options that quiet the JDK 23+ warning about sun.misc.Unsafe (Netty, Kafka) where that flag exists. */
    static List<String> quietUnsafeWarning() {
        return Runtime.version().feature() >= 23 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    public static final class Builder {
        private final Path repoRoot;
        private Path dataDir;
        private Path logDir;
        private String javaCommand = currentJava();
        private String classpath = absolute(System.getProperty("java.class.path"));
        private PortPlan ports = PortPlan.defaults();
        private Optional<String> externalKafka = Optional.empty();
        private Optional<String> externalMongoUri = Optional.empty();
        private boolean externalSmtp;
        private int serviceHeapMb = DEFAULT_SERVICE_HEAP_MB;
        private boolean fullJit;
        private int kafkaHeapMb = DEFAULT_KAFKA_HEAP_MB;
        private List<String> extraServiceJvmArgs = List.of();
        private Duration healthTimeout = DEFAULT_HEALTH_TIMEOUT;
        private boolean mongoOplog = true;
        private boolean seedDemoData = true;
        private boolean detachChildren = SetSid.available();

        private Builder(Path repoRoot) {
            this.repoRoot = repoRoot.toAbsolutePath().normalize();
        }

        /** Reads the switches to external infrastructure (docs/architecture.md); blank counts as unset. */
        public Builder environment(Map<String, String> env) {
            externalKafka = nonBlank(env, ENV_KAFKA);
            externalMongoUri = nonBlank(env, ENV_MONGO);
            externalSmtp = nonBlank(env, ENV_SMTP_HOST).isPresent();
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath().normalize();
            return this;
        }

        public Builder logDir(Path logDir) {
            this.logDir = logDir.toAbsolutePath().normalize();
            return this;
        }

        public Builder javaCommand(String javaCommand) {
            this.javaCommand = javaCommand;
            return this;
        }

        public Builder classpath(String classpath) {
            this.classpath = absolute(classpath);
            return this;
        }

        public Builder ports(PortPlan ports) {
            this.ports = ports;
            return this;
        }

        public Builder externalKafka(String bootstrapServers) {
            this.externalKafka = Optional.ofNullable(bootstrapServers);
            return this;
        }

        public Builder externalMongoUri(String uri) {
            this.externalMongoUri = Optional.ofNullable(uri);
            return this;
        }

        public Builder externalSmtp(boolean externalSmtp) {
            this.externalSmtp = externalSmtp;
            return this;
        }

        /** Both JIT tiers, for benchmarks: slower start, full speed once warm. */
        public Builder fullJit(boolean full) {
            this.fullJit = full;
            return this;
        }

        public Builder serviceHeapMb(int mb) {
            if (mb < 64) {
                throw new IllegalArgumentException("a service needs at least 64 MB of heap, got " + mb);
            }
            this.serviceHeapMb = mb;
            return this;
        }

        public Builder kafkaHeapMb(int mb) {
            if (mb < 128) {
                throw new IllegalArgumentException("the broker needs at least 128 MB of heap, got " + mb);
            }
            this.kafkaHeapMb = mb;
            return this;
        }

        public Builder extraServiceJvmArgs(List<String> args) {
            this.extraServiceJvmArgs = List.copyOf(args);
            return this;
        }

        public Builder healthTimeout(Duration timeout) {
            this.healthTimeout = timeout;
            return this;
        }

        public Builder mongoOplog(boolean enabled) {
            this.mongoOplog = enabled;
            return this;
        }

        public Builder seedDemoData(boolean seed) {
            this.seedDemoData = seed;
            return this;
        }

        public Builder detachChildren(boolean detach) {
            this.detachChildren = detach && SetSid.available();
            return this;
        }

        public SuiteSettings build() {
            Path data = dataDir != null ? dataDir : repoRoot.resolve(".local");
            Path logs = logDir != null ? logDir : data.resolve("logs");
            List<String> serviceArgs = new ArrayList<>();
            serviceArgs.add("-Xmx" + serviceHeapMb + "m");
            serviceArgs.add("-XX:+UseSerialGC");
            if (!fullJit) {
                // C1 only: a local suite starts five JVMs on a laptop; start-up CPU matters more than peak speed.
                serviceArgs.add("-XX:TieredStopAtLevel=1");
            }
            serviceArgs.add("-XX:+ExitOnOutOfMemoryError");
            serviceArgs.addAll(quietUnsafeWarning());
            serviceArgs.addAll(extraServiceJvmArgs);
            List<String> kafkaArgs = new ArrayList<>();
            kafkaArgs.add("-Xmx" + kafkaHeapMb + "m");
            kafkaArgs.add("-XX:+UseSerialGC");
            kafkaArgs.add("-XX:TieredStopAtLevel=1");
            kafkaArgs.add("-XX:+ExitOnOutOfMemoryError");
            kafkaArgs.add("-Djava.awt.headless=true");
            kafkaArgs.addAll(quietUnsafeWarning());
            return new SuiteSettings(repoRoot, data, logs, javaCommand, classpath, ports, externalKafka,
                    externalMongoUri, externalSmtp, serviceArgs, kafkaArgs, healthTimeout, mongoOplog, seedDemoData,
                    detachChildren);
        }
    }
}
