package org.mineaction.benchmarks;

import java.util.Arrays;

/**
 * Collects request latencies and answers percentiles exactly (no histogram buckets): a run of a
 * few hundred thousand requests fits easily in memory, and exact figures are easier to trust.
 */
final class LatencyRecorder {

    private long[] nanos = new long[1 << 16];
    private int count;
    private int errors;

    synchronized void record(long latencyNanos, boolean ok) {
        if (!ok) {
            errors++;
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[count++] = latencyNanos;
    }

    synchronized Summary summarise(double elapsedSeconds) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, errors, count / elapsedSeconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    record Summary(int requests, int errors, double throughputPerSecond, double p50Millis, double p95Millis,
            double p99Millis, double maxMillis) {

        String asRow(String label) {
            return String.format("| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f |", label, requests, errors,
                    throughputPerSecond, p50Millis, p95Millis, p99Millis, maxMillis);
        }

        static String header() {
            return "| target | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |\n"
                    + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
        }
    }
}
