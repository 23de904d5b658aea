package org.mineaction.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One service of the suite as a child JVM:
 * {@code java <jvm options> -jar <repo>/<module>/target/<module>-exec.jar --spring.profiles.active=local}
 * with its environment from {@link ServiceEnvironment} and its output in {@code <logs>/<module>.log}.
 * Can be stopped and started again (the end-to-end test does, to see the gateway answer 503).
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String READINESS_PATH = "/actuator/health/readiness";
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final SuiteService service;
    private final Path repoRoot;
    private final int port;
    private final ChildProcess process;

    public ServiceProcess(SuiteService service, SuiteSettings settings, Map<String, String> environment) {
        this.service = service;
        this.repoRoot = settings.repoRoot();
        this.port = settings.ports().port(service);
        Path jar = service.execJar(settings.repoRoot());
        this.process = new ChildProcess(service.module(), command(settings.javaCommand(), settings.serviceJvmArgs(), jar),
                environment, settings.repoRoot().resolve(service.module()), settings.logFile(service.module()),
                settings.detachChildren());
    }

    static List<String> command(String java, List<String> jvmArgs, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--spring.profiles.active=local");
        return command;
    }

    /** Fails before anything starts when a jar is missing, with the command that builds it. */
    static void requireJar(SuiteService service, Path repoRoot) {
        Path jar = service.execJar(repoRoot);
        if (!Files.isRegularFile(jar)) {
            throw new SuiteStartupException("Missing " + repoRoot.relativize(jar) + ". Build the services first: "
                    + "./mvnw -DskipTests package   (or run the local mode with ./mvnw -Plocal package -DskipTests)");
        }
    }

    public SuiteService service() {
        return service;
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    public URI readinessUrl() {
        return baseUrl().resolve(READINESS_PATH);
    }

    public Path logFile() {
        return process.logFile();
    }

    public List<String> command() {
        return process.command();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public synchronized void start() {
        requireJar(service, repoRoot);
        Ports.requireFree(port, service.module(), "Stop it or choose other ports.");
        process.start(true);
    }

    /** Waits until readiness answers 200; on failure the message names the log and shows its end. */
    public Duration awaitReady(HealthWaiter waiter, Duration timeout, BooleanSupplier cancelled) {
        try {
            return waiter.await(service.module(), readinessUrl(), timeout, process::isAlive, cancelled);
        } catch (HealthWaiter.NotReadyException e) {
            String exit = process.process().filter(p -> !p.isAlive()).map(p -> " (exit code " + p.exitValue() + ")")
                    .orElse("");
            throw new SuiteStartupException(e.getMessage() + exit + ". Log: " + logFile() + System.lineSeparator()
                    + "--- last lines of " + logFile().getFileName() + " ---" + System.lineSeparator()
                    + process.logTail(25), e);
        }
    }

    /** SIGTERM (Spring's graceful shutdown), then SIGKILL if it is still there after 20 s. */
    public int stop() {
        return process.stop(STOP_GRACE);
    }

    @Override
    public void close() {
        stop();
    }
}
