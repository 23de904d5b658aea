package org.mineaction.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures the local mode for BENCHMARKS.md: seconds from start until every service answers its
 * readiness probe, and the memory of the whole suite, i.e. the sum of VmRSS (from /proc) of the
 * launcher JVM (which hosts mongo-java-server and GreenMail) and all its descendants (the broker and
 * the five services). Then it stops the suite. Runs on free ports in a fresh temp folder by default,
 * so it measures a first start (storage formatting included) and can run next to a developer's suite.
 * <p>
 * {@code infra/local/measure-local.sh [--runs=N] [--settle=SECONDS] [--data-dir=PATH]}
 */
public final class LocalSuiteMeasure {

    record Sample(Duration sinceStart, Duration sinceJvmStart, Map<String, Long> rssAtReady, Map<String, Long> rssSettled,
                  Duration stop) {

        long totalAtReady() {
            return rssAtReady.values().stream().mapToLong(Long::longValue).sum();
        }

        long totalSettled() {
            return rssSettled.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private LocalSuiteMeasure() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 1;
        int settleSeconds = 15;
        Path dataDir = null;
        for (String arg : args) {
            if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(arg.substring("--runs=".length()));
            } else if (arg.startsWith("--settle=")) {
                settleSeconds = Integer.parseInt(arg.substring("--settle=".length()));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length())).toAbsolutePath();
            } else {
                System.err.println("usage: LocalSuiteMeasure [--runs=N] [--settle=SECONDS] [--data-dir=PATH]");
                System.exit(2);
            }
        }
        Path repo = RepoRoot.find(Path.of("").toAbsolutePath());
        List<Sample> samples = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = dataDir != null ? dataDir : Files.createTempDirectory("local-suite-measure-");
            System.out.printf("run %d/%d: data in %s%s%n", run, runs, data, dataDir != null ? "" : " (fresh)");
            samples.add(measureOnce(repo, data, settleSeconds));
            if (dataDir == null) {
                deleteRecursively(data);
            }
        }
        report(samples, runs, settleSeconds, dataDir != null);
    }

    static Sample measureOnce(Path repo, Path data, int settleSeconds) throws InterruptedException {
        SuiteSettings settings = SuiteSettings.builder(repo)
                .environment(Map.of()) // always the embedded infrastructure: that is what is measured
                .ports(PortPlan.randomFree())
                .dataDir(data)
                .seedDemoData(false)
                .build();
        // The launcher's own progress lines are not part of the figures: keep them out of the report.
        LocalSuite suite = new LocalSuite(settings, new PrintStream(OutputStream.nullOutputStream()));
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
        try {
            suite.start();
            Map<String, Long> atReady = rssByProcess(suite);
            Thread.sleep(Duration.ofSeconds(settleSeconds));
            Map<String, Long> settled = rssByProcess(suite);
            long stopBegin = System.nanoTime();
            suite.close();
            Duration stop = Duration.ofNanos(System.nanoTime() - stopBegin);
            Sample sample = new Sample(suite.startupTime(), suite.sinceJvmStart(), atReady, settled, stop);
            System.out.printf("  ready after %.1f s (%.1f s since JVM start), RSS %d MiB at ready, %d MiB after %d s, "
                            + "stopped in %.1f s%n", seconds(sample.sinceStart()), seconds(sample.sinceJvmStart()),
                    mib(sample.totalAtReady()), mib(sample.totalSettled()), settleSeconds, seconds(stop));
            return sample;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** VmRSS in bytes of this JVM and every descendant, named by what they run. */
    static Map<String, Long> rssByProcess(LocalSuite suite) {
        Map<Long, String> names = new LinkedHashMap<>();
        names.put(ProcessHandle.current().pid(), "launcher (mongo + mail)");
        suite.kafka().ifPresent(k -> names.put(k.pid(), "kafka"));
        for (SuiteService service : SuiteService.values()) {
            names.put(suite.service(service).pid(), service.module());
        }
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put(names.get(ProcessHandle.current().pid()), vmRss(ProcessHandle.current().pid()).orElse(0L));
        ProcessHandle.current().descendants().sorted(Comparator.comparingLong(ProcessHandle::pid))
                .forEach(p -> rss.merge(names.getOrDefault(p.pid(), "other (pid " + p.pid() + ")"),
                        vmRss(p.pid()).orElse(0L), Long::sum));
        return rss;
    }

    static Optional<Long> vmRss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void report(List<Sample> samples, int runs, int settleSeconds, boolean reusedData) {
        Sample median = samples.stream().sorted(Comparator.comparing(Sample::sinceStart)).toList().get(samples.size() / 2);
        System.out.println();
        System.out.printf("Local mode, %s, %d run(s), %d cores, Java %s, %s%n",
                reusedData ? "kept data folder (run 1 formats it if new, later runs start warm)" : "first start in a fresh folder",
                runs, Runtime.getRuntime().availableProcessors(), Runtime.version(), LocalDate.now());
        System.out.println();
        System.out.println("| process | RSS at ready (MiB) | RSS after " + settleSeconds + " s idle (MiB) |");
        System.out.println("| --- | ---: | ---: |");
        median.rssAtReady().forEach((name, bytes) -> System.out.printf("| %s | %d | %d |%n", name, mib(bytes),
                mib(median.rssSettled().getOrDefault(name, 0L))));
        System.out.printf("| **total** | **%d** | **%d** |%n", mib(median.totalAtReady()), mib(median.totalSettled()));
        System.out.println();
        System.out.printf("start to all services ready: %s s (median %.1f s); first run %.1f s from the JVM's start%n",
                String.join(" / ", samples.stream().map(s -> String.format("%.1f", seconds(s.sinceStart()))).toList()),
                seconds(median.sinceStart()), seconds(samples.getFirst().sinceJvmStart()));
        System.out.printf("stop (Ctrl-C path, every process ended): %.1f s%n", seconds(median.stop()));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static long mib(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder; the OS cleans it eventually
        }
    }
}
