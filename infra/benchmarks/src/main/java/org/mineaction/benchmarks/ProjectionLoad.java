package org.mineaction.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Load for the reporting projection: publishes a realistic mix of meeting, action point, outcome,
 * commitment and notification events for many countries at a fixed rate (or as fast as it can),
 * and measures event-to-read-model freshness from outside the service: a record counts as
 * projected once the projection's consumer group has committed past it (the listener commits after
 * each record, once its figures are written). The committed offsets are polled every 20 ms.
 *
 * <pre>
 * java -cp "$(cat infra/benchmarks/target/classpath.txt):infra/benchmarks/target/classes" \
 *   org.mineaction.benchmarks.ProjectionLoad --bootstrap=localhost:9092 --rate=500 --seconds=60 \
 *   --warmup=15 --countries=160 --group=reporting-service.figures
 * </pre>
 *
 * {@code --rate=0} publishes {@code --events} as fast as the producer can and reports how long the
 * projection took to catch up (its throughput). Only loopback brokers are accepted.
 */
public final class ProjectionLoad {

    private static final String MEETING_EVENTS = "mineaction.meeting.events.v1";
    private static final String NOTIFICATION_EVENTS = "mineaction.notification.events.v1";

    record Settings(String bootstrap, int rate, int seconds, int warmup, int countries, int events, String group) {

        static Settings parse(String... args) {
            Map<String, String> options = new HashMap<>(Map.of("--bootstrap", "localhost:9092", "--rate", "500",
                    "--seconds", "60", "--warmup", "15", "--countries", "160", "--events", "50000",
                    "--group", "reporting-service.figures"));
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                if (pair.length != 2 || !options.containsKey(pair[0])) {
                    throw new IllegalArgumentException("Unknown option " + arg + "; options: " + options.keySet());
                }
                options.put(pair[0], pair[1]);
            }
            String bootstrap = options.get("--bootstrap");
            if (!bootstrap.startsWith("localhost:") && !bootstrap.startsWith("127.")) {
                throw new IllegalArgumentException("Only a loopback broker is allowed: " + bootstrap);
            }
            return new Settings(bootstrap, Integer.parseInt(options.get("--rate")),
                    Integer.parseInt(options.get("--seconds")), Integer.parseInt(options.get("--warmup")),
                    Integer.parseInt(options.get("--countries")), Integer.parseInt(options.get("--events")),
                    options.get("--group"));
        }
    }

    /** What was sent at which offset, to match against the group's commits. */
    private final Map<TopicPartition, ConcurrentSkipListMap<Long, Long>> sent = new ConcurrentHashMap<>();
    private final LatencyRecorder recorder = new LatencyRecorder();
    private final AtomicBoolean measuring = new AtomicBoolean(false);
    private final Settings settings;
    private final Events events;

    private ProjectionLoad(Settings settings) {
        this.settings = settings;
        this.events = new Events(settings.countries(), new Random(42));
    }

    public static void main(String[] args) throws Exception {
        new ProjectionLoad(Settings.parse(args)).run();
    }

    private void run() throws Exception {
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrap());
        AtomicBoolean running = new AtomicBoolean(true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps);
                Admin admin = Admin.create(adminProps)) {
            Thread watcher = Thread.ofPlatform().daemon().start(() -> watch(admin, running));
            long published;
            long start = System.nanoTime();
            if (settings.rate() <= 0) {
                measuring.set(true);
                for (int i = 0; i < settings.events(); i++) {
                    send(producer, events.next());
                }
                producer.flush();
                published = settings.events();
            } else {
                published = paced(producer);
            }
            awaitCaughtUp();
            double seconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            watcher.join(1000);
            LatencyRecorder.Summary summary = recorder.summarise(seconds);
            System.out.printf("%d events published (%s), %d measured, projection caught up after %.1f s: %.0f events/s"
                    + " end to end; %d countries, %d cores, Java %s%n", published,
                    settings.rate() <= 0 ? "as fast as possible" : settings.rate() + "/s for " + settings.seconds()
                            + " s after " + settings.warmup() + " s warm-up",
                    summary.requests(), seconds, published / seconds, settings.countries(),
                    Runtime.getRuntime().availableProcessors(), Runtime.version());
            System.out.println("| event-to-read-model | events | - | events/s | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            System.out.println(summary.asRow("freshness"));
        }
    }

    /** Sends at the rate, in 10 ms slots, for the warm-up and the measured seconds; measures only the latter. */
    private long paced(KafkaProducer<String, String> producer) throws InterruptedException {
        long total = (long) settings.rate() * (settings.warmup() + settings.seconds());
        long begin = System.nanoTime();
        long sentCount = 0;
        while (sentCount < total) {
            long elapsedNanos = System.nanoTime() - begin;
            measuring.set(elapsedNanos >= TimeUnit.SECONDS.toNanos(settings.warmup()));
            long due = Math.min(total, elapsedNanos * settings.rate() / 1_000_000_000L + 1);
            while (sentCount < due) {
                send(producer, events.next());
                sentCount++;
            }
            Thread.sleep(1);
        }
        producer.flush();
        return sentCount;
    }

    private void send(KafkaProducer<String, String> producer, Events.Event event) {
        boolean measured = measuring.get();
        Instant now = Instant.now();
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/benchmark",
                "ce_type", event.type(), "ce_subject", event.country(), "ce_time", now.toString(),
                "content-type", "application/json")
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        long sentAt = System.nanoTime();
        producer.send(new ProducerRecord<>(event.topic(), null, event.country(), event.json(), headers),
                (metadata, error) -> {
                    if (error == null && measured) {
                        sent.computeIfAbsent(new TopicPartition(metadata.topic(), metadata.partition()),
                                tp -> new ConcurrentSkipListMap<>()).put(metadata.offset(), sentAt);
                    }
                });
    }

    /** Polls the group's committed offsets; every sent record below a commit is projected, now. */
    private void watch(Admin admin, AtomicBoolean running) {
        while (running.get()) {
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(settings.group())
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                long now = System.nanoTime();
                committed.forEach((tp, offset) -> {
                    ConcurrentSkipListMap<Long, Long> pending = sent.get(tp);
                    if (offset != null && pending != null) {
                        var done = pending.headMap(offset.offset());
                        done.values().forEach(sentAt -> recorder.record(now - sentAt, true));
                        done.clear();
                    }
                });
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                System.err.println("Cannot read the offsets of " + settings.group() + ": " + e);
            }
        }
    }

    private void awaitCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (sent.values().stream().anyMatch(m -> !m.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /**
     * A stream of plausible events over many countries: meetings scheduled, held and their minutes
     * approved, action points assigned and closed, outcomes, commitments, notifications.
     */
    static final class Events {

        record Event(String topic, String type, String country, String json) {
        }

        private final List<String> countries = new ArrayList<>();
        private final Random random;
        private final Map<String, List<String>> openPoints = new HashMap<>();
        private final Map<String, List<String>> scheduled = new HashMap<>();
        private final Map<String, List<String>> held = new HashMap<>();
        private final AtomicLong ids = new AtomicLong();

        Events(int count, Random random) {
            this.random = random;
            for (int i = 0; countries.size() < count; i++) {
                countries.add("" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26));
            }
        }

        Event next() {
            String country = countries.get(random.nextInt(countries.size()));
            int roll = random.nextInt(100);
            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            String id = country + "-" + ids.incrementAndGet();
            if (roll < 35) {
                boolean ok = random.nextInt(10) > 0;
                return new Event(NOTIFICATION_EVENTS, "org.mineaction.notification." + (ok ? "sent" : "failed") + ".v1",
                        country, "{\"notificationId\":\"" + id + "\",\"countryCode\":\"" + country
                                + "\",\"channel\":\"" + (random.nextBoolean() ? "EMAIL" : "SMS") + "\",\"status\":\""
                                + (ok ? "SENT" : "FAILED") + "\",\"occurredAt\":\"" + Instant.now() + "\"}");
            }
            List<String> open = openPoints.computeIfAbsent(country, c -> new ArrayList<>());
            if (roll < 65 || roll < 80 && open.isEmpty()) {
                open.add(id);
                return actionPoint("assigned", country, id, "OPEN", null, today);
            }
            if (roll < 80) {
                String point = open.remove(random.nextInt(open.size()));
                return actionPoint("status-changed", country, point, "DONE", today, today);
            }
            List<String> planned = scheduled.computeIfAbsent(country, c -> new ArrayList<>());
            List<String> past = held.computeIfAbsent(country, c -> new ArrayList<>());
            if (roll < 85 || roll < 90 && planned.isEmpty()) {
                planned.add(id);
                return meeting("scheduled", country, id, ",\"kind\":\"REGULAR\",\"startsAt\":\"" + today + "T09:00:00Z\"");
            }
            if (roll < 90) {
                String meeting = planned.remove(0);
                past.add(meeting);
                StringBuilder attendees = new StringBuilder();
                for (int i = 0; i < 20; i++) {
                    attendees.append(i == 0 ? "" : ",").append('"').append(country).append("-m").append(i).append('"');
                }
                return meeting("held", country, meeting, ",\"heldOn\":\"" + today + "\",\"attendeeMemberIds\":["
                        + attendees + "],\"guestsByCategory\":{\"AFFECTED_POPULATION\":3}");
            }
            if (roll < 93 && !past.isEmpty()) {
                return meeting("minutes.approved", country, past.get(random.nextInt(past.size())),
                        ",\"approvedOn\":\"" + today + "\"");
            }
            if (roll < 97) {
                String kind = List.of("CHALLENGE", "NEED", "PRIORITY", "DECISION").get(random.nextInt(4));
                return new Event(MEETING_EVENTS, "org.mineaction.meeting.outcome.recorded.v1", country,
                        "{\"outcomeId\":\"" + id + "\",\"countryCode\":\"" + country + "\",\"kind\":\"" + kind
                                + "\",\"objective\":\"ARTICLE_5_CLEARANCE\",\"topicKey\":\"topic-"
                                + random.nextInt(12) + "\",\"occurredAt\":\"" + Instant.now() + "\"}");
            }
            return new Event(MEETING_EVENTS, "org.mineaction.meeting.commitment.recorded.v1", country,
                    "{\"commitmentId\":\"" + id + "\",\"countryCode\":\"" + country
                            + "\",\"donorOrganisationId\":\"org-" + random.nextInt(20) + "\",\"donorName\":\"Donor "
                            + random.nextInt(20) + "\",\"type\":\"PLEDGE\",\"amount\":\"" + (1000 + random.nextInt(99000))
                            + ".00\",\"currency\":\"EUR\",\"objective\":\"ARTICLE_5_CLEARANCE\",\"occurredAt\":\""
                            + Instant.now() + "\"}");
        }

        private static Event actionPoint(String kind, String country, String id, String status, String closed,
                String today) {
            return new Event(MEETING_EVENTS, "org.mineaction.meeting.action-point." + kind + ".v1", country,
                    "{\"actionPointId\":\"" + id + "\",\"countryCode\":\"" + country + "\",\"openedAt\":\"" + today
                            + "T08:00:00Z\",\"dueDate\":\"" + today + "\",\"status\":\"" + status + "\""
                            + (closed == null ? "" : ",\"closedAt\":\"" + closed + "T18:00:00Z\"")
                            + ",\"occurredAt\":\"" + Instant.now() + "\"}");
        }

        private static Event meeting(String kind, String country, String id, String fields) {
            return new Event(MEETING_EVENTS, "org.mineaction.meeting." + kind + ".v1", country,
                    "{\"meetingId\":\"" + id + "\",\"countryCode\":\"" + country + "\"" + fields
                            + ",\"occurredAt\":\"" + Instant.now() + "\"}");
        }
    }
}
