package org.mineaction.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator: N clients each send a request, wait for the answer, and send
 * the next, for a fixed time after a warm-up. Targets run one after the other in the same process,
 * so a comparison (through the gateway vs. directly) sees the same machine state.
 *
 * <pre>
 * java -cp infra/benchmarks/target/classes org.mineaction.benchmarks.HttpLoad \
 *   --concurrency=50 --warmup=10 --seconds=30 \
 *   --target=gateway=http://localhost:8080/api/v1/platforms/KHM \
 *   --target=direct=http://localhost:8081/api/v1/platforms/KHM \
 *   [--header=Authorization=Bearer ...] [--pages=10 with {page} in the target URLs]
 * </pre>
 *
 * Only loopback targets are accepted: this harness must never load anything but our own suite.
 */
public final class HttpLoad {

    /** In a target URL, replaced by 0 .. pages-1 in turn ({@code --pages=N}), e.g. to page through a list. */
    static final String PAGE = "{page}";

    record Settings(int concurrency, Duration warmup, Duration measure, Map<String, String> targets,
            Map<String, String> headers, int pages) {

        static Settings parse(String... args) {
            int concurrency = 50;
            Duration warmup = Duration.ofSeconds(10);
            Duration measure = Duration.ofSeconds(30);
            Map<String, String> targets = new LinkedHashMap<>();
            int pages = 1;
            Map<String, String> headers = new LinkedHashMap<>();
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                if (pair.length != 2) {
                    throw new IllegalArgumentException("Expected --name=value, got " + arg);
                }
                switch (pair[0]) {
                    case "--concurrency" -> concurrency = Integer.parseInt(pair[1]);
                    case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(pair[1]));
                    case "--seconds" -> measure = Duration.ofSeconds(Long.parseLong(pair[1]));
                    case "--target" -> {
                        String[] target = pair[1].split("=", 2);
                        loopbackOnly(URI.create(target[1].replace(PAGE, "0")));
                        targets.put(target[0], target[1]);
                    }
                    case "--pages" -> pages = Integer.parseInt(pair[1]);
                    case "--header" -> {
                        String[] header = pair[1].split("=", 2);
                        headers.put(header[0], header[1]);
                    }
                    default -> throw new IllegalArgumentException("Unknown option " + pair[0]);
                }
            }
            if (targets.isEmpty() || concurrency < 1) {
                throw new IllegalArgumentException("Give at least one --target=name=url and --concurrency >= 1");
            }
            return new Settings(concurrency, warmup, measure, targets, headers, pages);
        }

        private static URI loopbackOnly(URI uri) {
            String host = uri.getHost();
            if (!"localhost".equals(host) && !host.startsWith("127.") && !"[::1]".equals(host)) {
                throw new IllegalArgumentException("Only loopback targets are allowed: " + uri);
            }
            return uri;
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String> target : settings.targets().entrySet()) {
            run(client, target.getValue(), settings, settings.warmup());
            LatencyRecorder.Summary summary = run(client, target.getValue(), settings, settings.measure());
            rows.add(summary.asRow(target.getKey()));
        }
        System.out.printf("%d clients, %d s warm-up, %d s measured per target, %d cores, Java %s%n",
                settings.concurrency(), settings.warmup().toSeconds(), settings.measure().toSeconds(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.println(LatencyRecorder.Summary.header());
        rows.forEach(System.out::println);
    }

    static LatencyRecorder.Summary run(HttpClient client, String url, Settings settings, Duration duration)
            throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder();
        AtomicBoolean running = new AtomicBoolean(true);
        List<HttpRequest> requests = new ArrayList<>();
        for (int page = 0; page < settings.pages(); page++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url.replace(PAGE, Integer.toString(page))))
                    .timeout(Duration.ofSeconds(10)).GET();
            settings.headers().forEach(builder::header);
            requests.add(builder.build());
        }
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < settings.concurrency(); i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        long sent = System.nanoTime();
                        boolean ok;
                        try {
                            HttpRequest request = requests.get((int) (sequence.getAndIncrement() % requests.size()));
                            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            ok = response.statusCode() < 400;
                        } catch (Exception e) {
                            ok = false;
                        }
                        recorder.record(System.nanoTime() - sent, ok);
                    }
                });
            }
            Thread.sleep(duration);
            running.set(false);
        }
        return recorder.summarise((System.nanoTime() - start) / 1e9);
    }

    private HttpLoad() {
    }
}
