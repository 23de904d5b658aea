package org.mineaction.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.recipients.Recipients;
import org.mineaction.notification.recipients.domain.MessageCategory;
import org.mineaction.notification.recipients.domain.Recipient;
import org.mineaction.notification.recipients.domain.RecipientStatus;
import org.mineaction.testing.MongoWireServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Benchmark, not part of the normal run (its name matches neither Surefire's nor Failsafe's
 * patterns): an Article 7 reminder fanned out to 10,000 members by e-mail until the SMTP server
 * (a minimal SMTP sink in this JVM that only counts) accepted all, then the latency from a single invitation event published
 * on the broker to its e-mail at the SMTP server. Run with the command in BENCHMARKS.md; figures go
 * to stdout and {@code target/benchmarks/article7-fan-out.txt}.
 */
@EmbeddedKafka(partitions = 1, topics = {Topics.PLATFORM_EVENTS, Topics.PLATFORM_DELIVERY,
        Topics.NOTIFICATION_EVENTS, Topics.MEETING_EVENTS},
        brokerProperties = "group.initial.rebalance.delay.ms=0")
class Article7FanOutBenchmark {

    static final int MEMBERS = Integer.getInteger("bench.members", 10_000);
    static final int INVITATIONS = Integer.getInteger("bench.invitations", 300);
    static final int WARM_UP = 30;
    static final int WARM_UP_MEMBERS = Integer.getInteger("bench.warmup-members", 2_000);

    @Test
    void article7FanOutAndInvitationLatency(EmbeddedKafkaBroker broker) throws Exception {
        try (SmtpSink smtp = new SmtpSink()) {
            run(broker, smtp);
        }
    }

    private void run(EmbeddedKafkaBroker broker, SmtpSink smtp) throws Exception {
        ConfigurableApplicationContext service = new SpringApplicationBuilder(NotificationApplication.class)
                .run(Mails.arguments(Map.<String, Object>of(
                        "spring.mongodb.uri", MongoWireServer.uri("notification-benchmark"),
                        "spring.kafka.bootstrap-servers", broker.getBrokersAsString(),
                        "spring.mail.host", "127.0.0.1",
                        "spring.mail.port", smtp.port(),
                        "server.port", 0,
                        "logging.level.org.mineaction", "WARN",
                        "mineaction.notifications.delivery.batch-size", Integer.getInteger("bench.batch", 500))));
        StringBuilder report = new StringBuilder();
        try {
            Recipients recipients = service.getBean(Recipients.class);
            String[] languages = {"en", "fr", "es"};
            String[] zones = {"Asia/Phnom_Penh", "Europe/Paris", "America/Bogota"};
            Instant seeded = Instant.now();
            for (int i = 0; i < MEMBERS + 1 + WARM_UP_MEMBERS; i++) {
                Map<Channel, Set<MessageCategory>> preferences = new EnumMap<>(Channel.class);
                preferences.put(Channel.EMAIL, Set.of(MessageCategory.DEADLINES, MessageCategory.INVITATIONS));
                // Then one member on another platform (the invitation latency is measured on it), then the
                // members of a third whose fan-out warms the JVM up before the measured one.
                String country = i < MEMBERS ? "KHM" : i == MEMBERS ? "COL" : "SEN";
                recipients.reachable(new Recipient("bench-" + i, new CountryCode(country),
                        new Recipient.Contact(new EmailAddress("bench-" + i + "@example.org"), null,
                                languages[i % 3], java.time.ZoneId.of(zones[i % 3])),
                        preferences, RecipientStatus.ACTIVE, "MEMBER"),
                        new EventStamp(seeded, "seed-" + i));
            }
            report.append("members seeded: ").append(MEMBERS).append(" in ")
                    .append(Duration.between(seeded, Instant.now()).toMillis()).append(" ms\n");

            // The Article 7 reminder falls due now: the trigger runs, fans out, the dispatcher sends.
            Notifications notifications = service.getBean(Notifications.class);
            if (WARM_UP_MEMBERS > 0) {
                Instant warmUp = Instant.now();
                notifications.queue(Notification.trigger(IdempotencyKey.ofAddress("article7", "SEN/article7/2099",
                        "trigger", "P60D"), "trigger:article7-reminder", "SEN", "article7/SEN/2099#P60D", warmUp,
                        warmUp));
                if (!smtp.awaitAccepted(WARM_UP_MEMBERS, Duration.ofMinutes(5).toMillis())) {
                    throw new IllegalStateException("Warm-up: only " + smtp.accepted() + " e-mails in 5 min");
                }
                report.append(String.format("warm-up fan-out (not measured): %d e-mails in %.1f s%n", WARM_UP_MEMBERS,
                        Duration.between(warmUp, Instant.now()).toMillis() / 1000.0));
            }
            int before = smtp.accepted();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            Map<String, Long> threadsBefore = threadCpu();
            Instant start = Instant.now();
            notifications.queue(Notification.trigger(IdempotencyKey.ofAddress("article7", "KHM/article7/2099",
                    "trigger", "P60D"), "trigger:article7-reminder", "KHM", "article7/KHM/2099#P60D", start, start));
            if (!smtp.awaitAccepted(before + MEMBERS, Duration.ofMinutes(10).toMillis())) {
                throw new IllegalStateException("Only " + (smtp.accepted() - before) + " e-mails in 10 min");
            }
            Duration total = Duration.between(start, Instant.now());
            double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
            Map<String, Long> threadsAfter = threadCpu();
            report.append(String.format("fan-out: %d e-mails accepted by the SMTP server in %.2f s: %.0f e-mails/s "
                            + "(from the trigger falling due to the last acceptance)%n", MEMBERS,
                    total.toMillis() / 1000.0, MEMBERS * 1000.0 / total.toMillis()));
            report.append(String.format("  CPU of the whole JVM (service, Mongo wire server, broker, SMTP sink) during "
                    + "the fan-out: %.1f s, i.e. %.2f ms per e-mail; load average %.1f on %d cores%n", cpu,
                    cpu * 1000 / MEMBERS, os.getSystemLoadAverage(), os.getAvailableProcessors()));
            threadsAfter.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), (e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)) / 1e9))
                    .filter(e -> e.getValue() > 0.2)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> report.append(String.format("    %-60s %6.1f s CPU%n", e.getKey(), e.getValue())));

            MeetingEventsFixture events = new MeetingEventsFixture(broker.getBrokersAsString());
            MeetingEventsFixture.Member invitee = new MeetingEventsFixture.Member("bench-" + MEMBERS, "COL",
                    "bench-" + MEMBERS + "@example.org", null, "es", "America/Bogota", "MEMBER", List.of(), List.of());
            List<Long> latencies = new ArrayList<>();
            int received = smtp.accepted();
            Instant meetingStart = Instant.now().plus(Duration.ofDays(90));
            for (int i = 0; i < INVITATIONS + WARM_UP; i++) {
                Map<String, Object> meeting = MeetingEventsFixture.meeting("bench-meeting-" + i, "Reunión " + i,
                        meetingStart, meetingStart.plus(Duration.ofHours(2)), "America/Bogota", "Bogotá", 0);
                long published = System.nanoTime();
                events.publish("invitations.issued", "COL", MeetingEventsFixture.invitations(meeting, List.of(invitee)));
                if (!smtp.awaitAccepted(received + 1, 10_000)) {
                    throw new IllegalStateException("Invitation " + i + " not received within 10 s");
                }
                long latency = System.nanoTime() - published;
                received++;
                if (i >= WARM_UP) {
                    latencies.add(latency);
                }
            }
            Collections.sort(latencies);
            report.append(String.format("invitation event to SMTP, %d sequential events after %d warm-up: "
                            + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", latencies.size(), WARM_UP,
                    percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                    latencies.getLast() / 1e6));
        } finally {
            service.close();
        }
        System.out.println("\n=== Article 7 fan-out benchmark ===\n" + report);
        Path out = Path.of("target", "benchmarks", "article7-fan-out.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /** CPU time per thread group (names without their numbers). */
    private static Map<String, Long> threadCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long time = threads.getThreadCpuTime(info.getThreadId());
                if (time > 0) {
                    cpu.merge(info.getThreadName().replaceAll("\\d+", "N"), time, Long::sum);
                }
            }
        }
        return cpu;
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
