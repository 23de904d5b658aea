package org.mineaction.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls a readiness URL until it answers 200. Gives up early, with the reason, when the process
 * behind it has exited or the start was cancelled (Ctrl-C), instead of waiting out the timeout.
 */
public final class HealthWaiter {

    /** Why waiting stopped without a 200. */
    public static final class NotReadyException extends SuiteStartupException {
        NotReadyException(String message) {
            super(message);
        }
    }

    private final HttpClient client;
    private final Duration pollInterval;

    public HealthWaiter() {
        this(Duration.ofMillis(250));
    }

    public HealthWaiter(Duration pollInterval) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        this.pollInterval = pollInterval;
    }

    /** One probe: true on 200. */
    public boolean isReady(URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits for 200 from {@code url}.
     *
     * @param name      for messages
     * @param alive     false once the process behind the URL has exited
     * @param cancelled true once the whole start is being abandoned
     * @return how long it took
     */
    public Duration await(String name, URI url, Duration timeout, BooleanSupplier alive, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new NotReadyException(name + ": start cancelled");
            }
            if (isReady(url)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (!alive.getAsBoolean()) {
                throw new NotReadyException(name + " exited before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new NotReadyException(name + " did not answer 200 on " + url + " within "
                        + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotReadyException(name + ": interrupted while waiting");
            }
        }
    }
}
