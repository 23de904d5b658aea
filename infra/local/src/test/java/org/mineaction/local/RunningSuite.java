package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole suite started by the launcher on free ports in a temporary folder, for an end-to-end
 * test class, with an HTTP client that speaks to it through the gateway.
 */
final class RunningSuite implements AutoCloseable {

    private final LocalSuite suite;
    private final List<Long> childPids = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private RunningSuite(LocalSuite suite) {
        this.suite = suite;
    }

    static RunningSuite start(Path data) {
        SuiteSettings settings = SuiteSettings.builder(ArchitectureDoc.repoRoot())
                .ports(PortPlan.randomFree())
                .dataDir(data)
                .seedDemoData(false)
                .healthTimeout(Duration.ofSeconds(180)) // five JVMs starting at once on two shared cores
                .build();
        RunningSuite running = new RunningSuite(new LocalSuite(settings));
        running.suite.start();
        running.childPids.addAll(running.suite.childPids());
        return running;
    }

    LocalSuite suite() {
        return suite;
    }

    URI gateway() {
        return suite.gatewayUrl();
    }

    String clientToken(String clientId, String secret) {
        try {
            return LocalTokens.bearer(gateway(), clientId, secret);
        } catch (Exception e) {
            throw new AssertionError("no token for the client " + clientId + " through the gateway", e);
        }
    }

    /** Through the gateway; {@code body} is sent as {@code contentType} when not null. */
    HttpResponse<String> send(String method, String path, String authorization, String contentType, String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        }
    }

    HttpResponse<String> json(String method, String path, String authorization, String json) {
        return send(method, path, authorization, "application/json", json, Map.of());
    }

    HttpResponse<String> get(String path, String authorization) {
        return send("GET", path, authorization, null, null, Map.of());
    }

    @Override
    public void close() {
        suite.close();
        assertThat(childPids).as("every child process has stopped")
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse());
    }
}
