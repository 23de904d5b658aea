package org.mineaction.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole suite on one machine, no Docker: a Kafka broker (child JVM), the MongoDB wire protocol
 * (mongo-java-server, H2 on disk, in this JVM), a mail server (GreenMail, in this JVM) and the five
 * services (child JVMs), each part replaced by external infrastructure when its env var is set
 * (KAFKA_BOOTSTRAP_SERVERS, MONGODB_URI, SMTP_HOST).
 * <p>
 * {@link #main} is the developer's entry point ({@code ./mvnw -Plocal package -DskipTests}); the
 * end-to-end test and the measurement drive the same class on free ports and a temp folder.
 * {@link #close()} stops everything in reverse order and is safe to call at any time, also while
 * {@link #start()} is still running (Ctrl-C during start-up).
 */
public final class LocalSuite implements AutoCloseable {

    private final SuiteSettings settings;
    private final HealthWaiter waiter = new HealthWaiter();
    private final PidFile pidFile;
    private final List<Stoppable> running = new ArrayList<>();
    private final Map<SuiteService, ServiceProcess> services = new EnumMap<>(SuiteService.class);
    private final AtomicBoolean closeStarted = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean closing;
    private EmbeddedKafkaBroker kafka;
    private EmbeddedMongo mongo;
    private EmbeddedMail mail;
    private String kafkaBootstrap;
    private String mongoBaseUri;
    private Duration startupTime;
    private Duration sinceJvmStart;
    private final PrintStream out;

    private record Stoppable(String name, AutoCloseable component) {
    }

    public LocalSuite(SuiteSettings settings) {
        this(settings, System.out);
    }

    public LocalSuite(SuiteSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.pidFile = new PidFile(settings.dataDir().resolve("local-suite.pids"));
    }

    public static void main(String[] args) {
        SuiteSettings settings;
        try {
            settings = SuiteSettings.fromCommandLine(args, System.getenv(), Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException | SuiteStartupException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalSuite suite = new LocalSuite(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "local-suite-shutdown"));
        try {
            suite.start();
        } catch (RuntimeException e) {
            if (suite.closing) {
                return; // Ctrl-C during start-up: the shutdown hook is stopping everything
            }
            System.err.println();
            System.err.println("[local-suite] START FAILED: " + e.getMessage());
            suite.close();
            System.exit(1);
            return;
        }
        suite.printBanner();
        suite.awaitClose();
    }

    /** Starts the infrastructure, then all services, and waits until every one is ready. */
    public void start() {
        Instant begin = Instant.now();
        for (SuiteService service : SuiteService.values()) {
            ServiceProcess.requireJar(service, settings.repoRoot());
        }
        List<TopicSpec> topics = TopicSpec.read(settings.topicsFile());
        try {
            Files.createDirectories(settings.logDir());
        } catch (IOException e) {
            throw new SuiteStartupException("Cannot create the log folder " + settings.logDir() + ": " + e.getMessage(), e);
        }
        pidFile.stopLeftovers(); // reports each one it stops

        startInfrastructure(topics);
        startServices();

        Instant ready = Instant.now();
        startupTime = Duration.between(begin, ready);
        sinceJvmStart = Duration.between(ProcessHandle.current().info().startInstant().orElse(begin), ready);
        if (settings.seedDemoData() && !closing) {
            out.println("[local-suite] " + DemoData.seed(gatewayUrl()));
        }
    }

    private void startInfrastructure(List<TopicSpec> topics) {
        if (settings.externalMongoUri().isPresent()) {
            mongoBaseUri = settings.externalMongoUri().get();
            out.println("[local-suite] MongoDB: external " + MongoUris.redact(mongoBaseUri));
        } else {
            EmbeddedMongo m = new EmbeddedMongo(settings.dataDir().resolve("mongo").resolve("data.mv"),
                    settings.ports().mongo(), settings.mongoOplog());
            startStep("mongo", m, m::start);
            mongo = m;
            mongoBaseUri = m.connectionString();
            out.println("[local-suite] MongoDB: mongo-java-server on localhost:" + m.port() + " (H2 file " + m.file() + ")");
        }
        if (settings.externalSmtp()) {
            out.println("[local-suite] SMTP: external (SMTP_HOST=" + System.getenv("SMTP_HOST") + ")");
        } else {
            EmbeddedMail m = new EmbeddedMail(settings.ports().smtp(), settings.ports().imap(),
                    settings.ports().mailViewer());
            startStep("mail", m, m::start);
            mail = m;
            out.println("[local-suite] SMTP: GreenMail on localhost:" + m.smtpPort() + ", IMAP " + m.imapPort()
                    + ", viewer " + m.viewerUrl());
        }
        if (settings.externalKafka().isPresent()) {
            kafkaBootstrap = settings.externalKafka().get();
            out.println("[local-suite] Kafka: external " + kafkaBootstrap);
        } else {
            EmbeddedKafkaBroker k = new EmbeddedKafkaBroker(settings.dataDir().resolve("kafka"),
                    settings.ports().kafka(), settings.ports().kafkaController(), settings.javaCommand(),
                    settings.classpath(), settings.kafkaJvmArgs(), settings.logFile("kafka"),
                    settings.detachChildren());
            out.println("[local-suite] Kafka: starting a KRaft broker on localhost:" + settings.ports().kafka()
                    + " (log " + settings.logFile("kafka") + ")");
            startStep("kafka", k, () -> {
                k.start(() -> closing);
                pidFile.record("kafka", k.pid());
            });
            kafka = k;
            kafkaBootstrap = k.bootstrapServers();
        }
        List<String> created = EmbeddedKafkaBroker.ensureTopics(kafkaBootstrap, topics);
        out.println("[local-suite] Kafka topics: " + topics.size() + " in topics.yaml"
                + (created.isEmpty() ? ", all present" : ", created " + String.join(", ", created)));
    }

    private String signingKey() {
        try {
            return LocalSigningKey.pem(settings.dataDir());
        } catch (IOException e) {
            throw new SuiteStartupException("Cannot keep the token signing key in " + settings.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private void startServices() {
        ServiceEnvironment.Infrastructure infra = new ServiceEnvironment.Infrastructure(kafkaBootstrap, mongoBaseUri,
                mail == null ? Optional.empty() : Optional.of(new ServiceEnvironment.Smtp("localhost", mail.smtpPort(),
                        ServiceEnvironment.LOCAL_SMTP_USERNAME, ServiceEnvironment.LOCAL_SMTP_PASSWORD)));
        for (SuiteService service : SuiteService.values()) {
            Map<String, String> environment = new LinkedHashMap<>(ServiceEnvironment.of(service, settings.ports(), infra));
            if (service == SuiteService.PLATFORM && System.getenv(ServiceEnvironment.MINEACTION_JWK_PRIVATE_KEY) == null) {
                environment.put(ServiceEnvironment.MINEACTION_JWK_PRIVATE_KEY, signingKey());
            }
            ServiceProcess process = new ServiceProcess(service, settings, environment);
            startStep(service.module(), process, () -> {
                process.start();
                pidFile.record(service.module(), process.pid());
            });
            synchronized (this) {
                services.put(service, process);
            }
        }
        out.println("[local-suite] started " + services.size() + " services, waiting for readiness (logs in "
                + settings.logDir() + ")");
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletionService<String> readiness = new ExecutorCompletionService<>(executor);
            List<Future<String>> futures = new ArrayList<>();
            AtomicBoolean failed = new AtomicBoolean();
            for (ServiceProcess process : services.values()) {
                futures.add(readiness.submit(() -> {
                    Duration took = process.awaitReady(waiter, settings.healthTimeout(),
                            () -> closing || failed.get());
                    return String.format("%-21s ready on %s (%.1f s)", process.service().module(), process.baseUrl(),
                            took.toMillis() / 1000.0);
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.println("[local-suite] " + readiness.take().get());
                } catch (ExecutionException e) {
                    failed.set(true);
                    throw e.getCause() instanceof RuntimeException r ? r : new SuiteStartupException(e.getMessage(), e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteStartupException("interrupted while waiting for the services", e);
        }
    }

    /** Registers a component for stopping, then starts it; refuses (and cleans up) once closing has begun. */
    private void startStep(String name, AutoCloseable component, Runnable start) {
        synchronized (this) {
            if (closing) {
                throw new SuiteStartupException("start cancelled");
            }
            running.add(new Stoppable(name, component));
        }
        start.run();
        if (closing) {
            // close() may have passed this component before it had anything to stop
            closeQuietly(name, component);
            throw new SuiteStartupException("start cancelled");
        }
    }

    public SuiteSettings settings() {
        return settings;
    }

    public URI gatewayUrl() {
        return URI.create("http://localhost:" + settings.ports().port(SuiteService.GATEWAY));
    }

    public synchronized ServiceProcess service(SuiteService service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalStateException(service.module() + " has not been started");
        }
        return process;
    }

    /** Starts a service again after {@link ServiceProcess#stop()} and waits for it (the end-to-end test does). */
    public Duration restart(SuiteService service) {
        ServiceProcess process = service(service);
        process.stop();
        process.start();
        pidFile.record(service.module(), process.pid());
        return process.awaitReady(waiter, settings.healthTimeout(), () -> closing);
    }

    public Optional<EmbeddedMail> mail() {
        return Optional.ofNullable(mail);
    }

    public Optional<EmbeddedKafkaBroker> kafka() {
        return Optional.ofNullable(kafka);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    public String mongoBaseUri() {
        return mongoBaseUri;
    }

    /** From the call of {@link #start()} until every service was ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** From the launcher JVM's start until every service was ready: what a developer waits. */
    public Duration sinceJvmStart() {
        return sinceJvmStart;
    }

    /** Pids of every child process (broker, services); this JVM hosts mongo and the mail server. */
    public synchronized List<Long> childPids() {
        List<Long> pids = new ArrayList<>();
        if (kafka != null && kafka.isAlive()) {
            pids.add(kafka.pid());
        }
        services.values().stream().filter(ServiceProcess::isAlive).forEach(s -> pids.add(s.pid()));
        return pids;
    }

    void printBanner() {
        int gatewayPort = settings.ports().port(SuiteService.GATEWAY);
        String gateway = "http://localhost:" + gatewayPort;
        String line = "=".repeat(100);
        out.println();
        out.println(line);
        out.printf(" Mine Action Platform Hub - local suite is up: all services ready %.1f s after the launcher started%n",
                sinceJvmStart.toMillis() / 1000.0);
        out.println();
        out.println("   Gateway       " + gateway);
        out.println("   Mail viewer   " + mail().map(m -> m.viewerUrl() + "  (JSON: " + m.viewerUrl()
                + "messages; SMTP localhost:" + m.smtpPort() + ", IMAP localhost:" + m.imapPort() + ")")
                .orElse("none (external SMTP)"));
        out.println("   Kafka         " + kafkaBootstrap + (kafka != null ? "  (embedded, data " + kafka.dataDir() + ")" : "  (external)"));
        out.println("   MongoDB       " + MongoUris.redact(mongoBaseUri) + (mongo != null ? "  (embedded, file " + mongo.file() + ")" : "  (external)"));
        out.println("   Logs          " + settings.logDir());
        StringBuilder list = new StringBuilder();
        services.values().forEach(s -> list.append(s.service().module()).append(" :").append(s.baseUrl().getPort()).append("  "));
        out.println("   Services      " + list.toString().trim());
        out.println();
        out.println(" Try:");
        out.println("   TOKEN=$(curl -s -u " + LocalTokens.OPERATOR_CLIENT + ":" + LocalTokens.OPERATOR_SECRET
                + " -d grant_type=client_credentials " + gateway + "/oauth2/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        out.println("   curl -i -X POST " + gateway + "/api/v1/platforms -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\");
        out.println("        -d '{\"countryCode\":\"COL\",\"name\":\"Colombia National Mine Action Platform\","
                + "\"languages\":[\"es\",\"en\"],\"timeZone\":\"America/Bogota\",\"contactEmail\":\"lead@example.org\"}'");
        out.println("   curl -s -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/v1/platforms/COL");
        out.println("   curl -s -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/v1/reports/platforms");
        mail().ifPresent(m -> out.println("   curl -s " + m.viewerUrl() + "messages"));
        out.println();
        out.println(" Ctrl-C stops everything.");
        out.println(line);
        out.flush();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isClosing() {
        return closing;
    }

    /**
     * Stops everything in reverse order: the gateway (no new traffic), the other services together,
     * the broker, the mail server, mongo. Idempotent; a second caller waits for the first.
     */
    @Override
    public void close() {
        if (!closeStarted.compareAndSet(false, true)) {
            awaitClose();
            return;
        }
        List<Stoppable> toStop;
        synchronized (this) {
            closing = true;
            toStop = new ArrayList<>(running);
        }
        try {
            if (!toStop.isEmpty()) {
                out.println();
                out.println("[local-suite] stopping...");
            }
            List<Stoppable> reversed = toStop.reversed();
            // The services first. The gateway stops alone (no more traffic in), then the others in parallel:
            // each waits for its own graceful shutdown, there is no order among them.
            reversed.stream().filter(s -> s.name().equals(SuiteService.GATEWAY.module())).forEach(this::stop);
            List<Stoppable> backends = reversed.stream()
                    .filter(s -> s.component() instanceof ServiceProcess && !s.name().equals(SuiteService.GATEWAY.module()))
                    .toList();
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                backends.forEach(s -> executor.submit(() -> stop(s)));
            }
            reversed.stream().filter(s -> !(s.component() instanceof ServiceProcess)).forEach(this::stop);
            pidFile.delete();
            if (!toStop.isEmpty()) {
                out.println("[local-suite] stopped.");
            }
        } finally {
            out.flush();
            closed.countDown();
        }
    }

    private void stop(Stoppable stoppable) {
        long begin = System.nanoTime();
        closeQuietly(stoppable.name(), stoppable.component());
        out.printf("[local-suite]   %-21s stopped (%.1f s)%n", stoppable.name(), (System.nanoTime() - begin) / 1e9);
    }

    private void closeQuietly(String name, AutoCloseable component) {
        try {
            component.close();
        } catch (Exception e) {
            System.err.println("[local-suite] error while stopping " + name + ": " + e);
        }
    }
}
