package org.mineaction.local;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every port the local suite listens on. {@link #defaults()} is the table of docs/architecture.md;
 * {@link #randomFree()} lets a second suite (the end-to-end test, the measurement) run next to a
 * developer's.
 */
public record PortPlan(int kafka, int kafkaController, int mongo, int smtp, int imap, int mailViewer,
                       Map<SuiteService, Integer> services) {

    public static final int DEFAULT_KAFKA = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER = 9093;
    public static final int DEFAULT_MONGO = 27017;
    public static final int DEFAULT_SMTP = 3025;
    public static final int DEFAULT_IMAP = 3143;
    public static final int DEFAULT_MAIL_VIEWER = 8025;

    public PortPlan {
        services = Map.copyOf(services);
        for (SuiteService service : SuiteService.values()) {
            if (!services.containsKey(service)) {
                throw new IllegalArgumentException("no port for " + service.module());
            }
        }
        Set<Integer> seen = new HashSet<>();
        for (int port : all(kafka, kafkaController, mongo, smtp, imap, mailViewer, services)) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            if (!seen.add(port)) {
                throw new IllegalArgumentException("port " + port + " is used twice in " + services + " / infra");
            }
        }
    }

    public static PortPlan defaults() {
        Map<SuiteService, Integer> services = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            services.put(service, service.defaultPort());
        }
        return new PortPlan(DEFAULT_KAFKA, DEFAULT_KAFKA_CONTROLLER, DEFAULT_MONGO, DEFAULT_SMTP, DEFAULT_IMAP,
                DEFAULT_MAIL_VIEWER, services);
    }

    /** Ports the OS reports free right now (distinct); a tiny race remains, acceptable for tests. */
    public static PortPlan randomFree() {
        int[] ports = Ports.freePorts(6 + SuiteService.values().length);
        Map<SuiteService, Integer> services = new EnumMap<>(SuiteService.class);
        int i = 6;
        for (SuiteService service : SuiteService.values()) {
            services.put(service, ports[i++]);
        }
        return new PortPlan(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], services);
    }

    public int port(SuiteService service) {
        return services.get(service);
    }

    private static int[] all(int a, int b, int c, int d, int e, int f, Map<SuiteService, Integer> services) {
        int[] result = new int[6 + services.size()];
        result[0] = a;
        result[1] = b;
        result[2] = c;
        result[3] = d;
        result[4] = e;
        result[5] = f;
        int i = 6;
        for (int port : services.values()) {
            result[i++] = port;
        }
        return result;
    }
}
