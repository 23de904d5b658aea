package org.mineaction.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Issue 4's benchmark: closed-loop clients that each create a scheduled meeting with a large agenda,
 * invite a few hundred members to it, and read it back, again and again. Latencies are recorded per
 * operation and for the whole cycle.
 *
 * <p>Targets meeting-service directly or the gateway: give {@code --base} and either a real token
 * ({@code --bearer="Bearer ..."}, a secretariat or lead of the country) or {@code --sign-tokens=PORT}
 * (the harness serves its own JWKS there; start meeting-service with {@code MINEACTION_JWKS_URI}
 * pointing at it and {@code MINEACTION_ISSUER} equal to {@code --issuer}). {@code --seed-kafka}
 * first publishes the platform and the members to invite on the platform events topic, as
 * platform-service would; without it the invitations go to all members the service already knows.
 * {@code --mix=read} creates and invites once, then the clients only read that meeting.
 *
 * <pre>
 * java -cp "infra/benchmarks/target/classes:$(cat infra/benchmarks/target/classpath.txt)" \
 *   org.mineaction.benchmarks.MeetingLoad --base=http://localhost:8082 --country=KHM \
 *   --sign-tokens=18099 --seed-kafka=localhost:9092 --concurrency=50 --warmup=10 --seconds=30
 * </pre>
 */
public final class MeetingLoad {

    static final String PLATFORM_EVENTS = "mineaction.platform.events.v1";

    record Settings(URI base, String country, String zone, int concurrency, Duration warmup, Duration measure,
            int agendaItems, int invitations, String bearer, int signTokensPort, String issuer, String seedKafka,
            boolean readOnly) {

        static Settings parse(String... args) {
            URI base = null;
            String country = "KHM";
            String zone = "Asia/Phnom_Penh";
            int concurrency = 50;
            Duration warmup = Duration.ofSeconds(10);
            Duration measure = Duration.ofSeconds(30);
            int agenda = 50;
            int invitations = 200;
            String bearer = null;
            int signTokens = -1;
            String issuer = "http://localhost:8080";
            String seedKafka = null;
            boolean readOnly = false;
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("Expected --name=value, got " + arg);
                }
                switch (pair[0]) {
                    case "--base" -> base = loopbackOnly(URI.create(pair[1]));
                    case "--country" -> country = pair[1];
                    case "--zone" -> zone = pair[1];
                    case "--concurrency" -> concurrency = Integer.parseInt(pair[1]);
                    case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(pair[1]));
                    case "--seconds" -> measure = Duration.ofSeconds(Long.parseLong(pair[1]));
                    case "--agenda" -> agenda = Integer.parseInt(pair[1]);
                    case "--invitations" -> invitations = Integer.parseInt(pair[1]);
                    case "--bearer" -> bearer = pair[1];
                    case "--sign-tokens" -> signTokens = Integer.parseInt(pair[1]);
                    case "--issuer" -> issuer = pair[1];
                    case "--seed-kafka" -> seedKafka = pair[1];
                    case "--mix" -> readOnly = switch (pair[1]) {
                        case "read" -> true;
                        case "cycle" -> false;
                        default -> throw new IllegalArgumentException("--mix=cycle or --mix=read");
                    };
                    default -> throw new IllegalArgumentException("Unknown option " + pair[0]);
                }
            }
            if (base == null || bearer == null && signTokens < 0) {
                throw new IllegalArgumentException("Give --base=URL and --bearer=\"Bearer ...\" or --sign-tokens=PORT");
            }
            return new Settings(base, country, zone, concurrency, warmup, measure, agenda, invitations, bearer,
                    signTokens, issuer, seedKafka, readOnly);
        }

        private static URI loopbackOnly(URI uri) {
            String host = uri.getHost();
            if (!"localhost".equals(host) && !host.startsWith("127.") && !"[::1]".equals(host)) {
                throw new IllegalArgumentException("Only loopback targets are allowed: " + uri);
            }
            return uri;
        }
    }

    /**
     * The three requests of one cycle, prepared once.
     *
     * @param readOnly a meeting already created and invited to: the clients only read it
     */
    record Cycle(HttpClient client, URI meetings, String bearer, String createBody, String inviteBody, URI readOnly) {
    }

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        SelfSignedTokens tokens = null;
        String bearer = settings.bearer();
        if (bearer == null) {
            tokens = new SelfSignedTokens(settings.signTokensPort(), settings.issuer());
            bearer = tokens.bearer("benchmark-secretariat", settings.country(), "SECRETARIAT");
            System.out.println("Serving the benchmark's JWKS at " + tokens.jwksUri());
        }
        try {
            List<String> memberIds = settings.seedKafka() == null ? List.of() : seed(settings);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
            URI meetings = settings.base().resolve("/api/v1/platforms/" + settings.country() + "/meetings");
            Cycle cycle = new Cycle(client, meetings, bearer, createBody(settings),
                    memberIds.isEmpty() ? "{\"allMembers\":true}" : "{\"memberIds\":[" + memberIds.stream()
                            .map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "]}", null);
            URI probe = awaitReady(cycle, memberIds.isEmpty() ? 1 : memberIds.size());
            if (settings.readOnly()) {
                cycle = new Cycle(client, meetings, bearer, cycle.createBody(), cycle.inviteBody(), probe);
            }

            run(cycle, settings, settings.warmup());
            Recorders recorders = run(cycle, settings, settings.measure());
            double seconds = settings.measure().toSeconds();
            System.out.printf("%s, %d clients, %d agenda items, %d invitations per meeting, %d s warm-up, %d s"
                            + " measured, %d cores, Java %s%n", settings.base(), settings.concurrency(),
                    settings.agendaItems(), memberIds.isEmpty() ? -1 : memberIds.size(), settings.warmup().toSeconds(),
                    settings.measure().toSeconds(), Runtime.getRuntime().availableProcessors(), Runtime.version());
            System.out.println(LatencyRecorder.Summary.header().replace("target", "operation"));
            System.out.println(recorders.create.summarise(seconds).asRow("POST meeting (" + settings.agendaItems()
                    + " agenda items, scheduled)"));
            System.out.println(recorders.invite.summarise(seconds).asRow("POST invitations"));
            System.out.println(recorders.read.summarise(seconds).asRow("GET meeting"));
            System.out.println(recorders.cycle.summarise(seconds).asRow("whole cycle"));
        } finally {
            if (tokens != null) {
                tokens.close();
            }
        }
    }

    static final class Recorders {
        final LatencyRecorder create = new LatencyRecorder();
        final LatencyRecorder invite = new LatencyRecorder();
        final LatencyRecorder read = new LatencyRecorder();
        final LatencyRecorder cycle = new LatencyRecorder();
    }

    static Recorders run(Cycle cycle, Settings settings, Duration duration) throws InterruptedException {
        Recorders recorders = new Recorders();
        AtomicBoolean running = new AtomicBoolean(true);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < settings.concurrency(); i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        oneCycle(cycle, recorders);
                    }
                });
            }
            Thread.sleep(duration);
            running.set(false);
        }
        return recorders;
    }

    private static void oneCycle(Cycle cycle, Recorders recorders) {
        long start = System.nanoTime();
        if (cycle.readOnly() != null) {
            HttpResponse<String> read = timed(recorders.read, 200, request(cycle, cycle.readOnly()).GET(), cycle);
            recorders.cycle.record(System.nanoTime() - start, read != null);
            return;
        }
        HttpResponse<String> created = timed(recorders.create, 201,
                request(cycle, cycle.meetings()).POST(HttpRequest.BodyPublishers.ofString(cycle.createBody())), cycle);
        if (created == null) {
            recorders.cycle.record(System.nanoTime() - start, false);
            return;
        }
        Matcher id = ID.matcher(created.body());
        id.find();
        URI meeting = URI.create(cycle.meetings() + "/" + id.group(1));
        HttpResponse<String> invited = timed(recorders.invite, 200, request(cycle, URI.create(meeting + "/invitations"))
                .POST(HttpRequest.BodyPublishers.ofString(cycle.inviteBody())), cycle);
        HttpResponse<String> read = timed(recorders.read, 200, request(cycle, meeting).GET(), cycle);
        recorders.cycle.record(System.nanoTime() - start, invited != null && read != null);
    }

    private static HttpRequest.Builder request(Cycle cycle, URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Authorization", cycle.bearer())
                .header("Content-Type", "application/json");
    }

    /** Sends and records; the response when it had the expected status, null otherwise. */
    private static HttpResponse<String> timed(LatencyRecorder recorder, int expected, HttpRequest.Builder request,
            Cycle cycle) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = cycle.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() == expected;
            recorder.record(System.nanoTime() - sent, ok);
            return ok ? response : null;
        } catch (Exception e) {
            recorder.record(System.nanoTime() - sent, false);
            return null;
        }
    }

    static String createBody(Settings settings) {
        Instant start = Instant.now().plus(Duration.ofDays(60)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        String agenda = IntStream.rangeClosed(1, settings.agendaItems()).mapToObj(i -> "{\"title\":\"Agenda item " + i
                + ": progress on Article 5 clearance in province " + i + "\",\"objective\":\"ARTICLE_5_CLEARANCE\","
                + "\"presenter\":\"National authority\",\"durationMinutes\":10}").collect(Collectors.joining(","));
        return "{\"type\":\"REGULAR\",\"title\":\"Benchmark quarterly meeting\",\"objective\":\"ARTICLE_5_CLEARANCE\","
                + "\"confidentiality\":\"MEMBERS\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
                + start.plus(Duration.ofHours(4)) + "\",\"timeZone\":\"" + settings.zone() + "\","
                + "\"place\":\"Platform secretariat\",\"agenda\":[" + agenda + "],\"schedule\":true}";
    }

    /** Publishes the platform and {@code invitations} members on the platform events topic; returns their ids. */
    static List<String> seed(Settings settings) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.seedKafka());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            String now = Instant.now().toString();
            send(producer, settings.country(), "org.mineaction.platform.registered.v1", "platform-registered.v1.json",
                    "{\"countryCode\":\"" + settings.country() + "\",\"name\":\"Benchmark platform "
                            + settings.country() + "\",\"languages\":[\"en\"],\"timeZone\":\"" + settings.zone()
                            + "\",\"registeredAt\":\"" + now + "\"}");
            for (int i = 0; i < settings.invitations(); i++) {
                String id = "bench-" + run + "-" + i;
                ids.add(id);
                send(producer, settings.country(), "org.mineaction.platform.member.joined.v1", "member-joined.v1.json",
                        "{\"memberId\":\"" + id + "\",\"countryCode\":\"" + settings.country() + "\","
                                + "\"organisationId\":\"bench-org-" + (i % 20) + "\",\"stakeholderCategory\":\"NATIONAL_NGO\","
                                + "\"role\":\"MEMBER\",\"components\":[\"TECHNICAL\"],\"language\":\"en\","
                                + "\"status\":\"ACTIVE\",\"occurredAt\":\"" + now + "\"}");
            }
            producer.flush();
        }
        return ids;
    }

    private static void send(KafkaProducer<String, String> producer, String country, String type, String schema,
            String data) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(PLATFORM_EVENTS, country, data);
        String[][] headers = {{"ce_specversion", "1.0"}, {"ce_id", UUID.randomUUID().toString()},
                {"ce_source", "/benchmark"}, {"ce_type", type}, {"ce_subject", country},
                {"ce_time", Instant.now().toString()},
                {"ce_dataschema", "https://mineaction.org/catalogue/schemas/" + schema},
                {"content-type", "application/json"}};
        for (String[] header : headers) {
            record.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get(10, TimeUnit.SECONDS);
    }

    /**
     * Waits until a probe meeting can be created and every seeded member invited (the replicas
     * caught up); returns that meeting.
     */
    static URI awaitReady(Cycle cycle, int invitations) throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Pattern invited = Pattern.compile("\"memberId\"");
        while (true) {
            Recorders probe = new Recorders();
            HttpResponse<String> created = timed(probe.create, 201, request(cycle, cycle.meetings())
                    .POST(HttpRequest.BodyPublishers.ofString(cycle.createBody())), cycle);
            if (created != null) {
                Matcher id = ID.matcher(created.body());
                id.find();
                URI meeting = URI.create(cycle.meetings() + "/" + id.group(1));
                HttpResponse<String> response = timed(probe.invite, 200, request(cycle,
                        URI.create(meeting + "/invitations"))
                        .POST(HttpRequest.BodyPublishers.ofString(cycle.inviteBody())), cycle);
                if (response != null && invited.matcher(response.body()).results().count() >= invitations) {
                    return meeting;
                }
            }
            if (attempts.incrementAndGet() > 120) {
                throw new IllegalStateException("meeting-service did not become ready at " + cycle.meetings());
            }
            Thread.sleep(1000);
        }
    }

    private MeetingLoad() {
    }
}
