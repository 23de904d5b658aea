package org.mineaction.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five services of the suite as docs/architecture.md lists them: module name (= jar name and
 * log name), default port and MongoDB database. Declared in start order is irrelevant (they start
 * together); the gateway is last so that it is the last one reported ready.
 */
public enum SuiteService {
    PLATFORM("platform-service", 8081, "platform"),
    MEETING("meeting-service", 8082, "meeting"),
    REPORTING("reporting-service", 8083, "reporting"),
    NOTIFICATION("notification-service", 8084, "notification"),
    GATEWAY("gateway", 8080, null);

    private final String module;
    private final int defaultPort;
    private final String database;

    SuiteService(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** Maven module, also the name the gateway puts in its 503 problem details. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The service's own MongoDB database; empty for the gateway, which has none. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** The env var through which the gateway learns this service's base URL, e.g. PLATFORM_SERVICE_URL. */
    public String urlEnvVar() {
        return module.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    /** {@code <repo>/<module>/target/<module>-exec.jar}, the runnable jar (the plain jar is a library). */
    public Path execJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-exec.jar");
    }

    public static List<SuiteService> backends() {
        return Arrays.stream(values()).filter(s -> s != GATEWAY).toList();
    }

    public static Optional<SuiteService> byModule(String module) {
        return Arrays.stream(values()).filter(s -> s.module.equals(module)).findFirst();
    }
}
