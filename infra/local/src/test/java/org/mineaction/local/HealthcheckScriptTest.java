package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** infra/docker/healthcheck.sh (the containers' health check) against a real HTTP server. */
class HealthcheckScriptTest {

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> requestedPath = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requestedPath.set(exchange.getRequestURI().getPath());
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int check(int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash",
                ArchitectureDoc.repoRoot().resolve("infra/docker/healthcheck.sh").toString(), "/actuator/health/readiness")
                .redirectErrorStream(true);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    @Test
    void healthyOn200FromTheReadinessPathOfServerPort() throws Exception {
        assertThat(check(server.getAddress().getPort())).isZero();
        assertThat(requestedPath.get()).isEqualTo("/actuator/health/readiness");
    }

    @Test
    void unhealthyOnAnyOtherStatus() throws Exception {
        status.set(503);
        assertThat(check(server.getAddress().getPort())).isEqualTo(1);
    }

    @Test
    void unhealthyWhenNothingListens() throws Exception {
        assertThat(check(Ports.freePorts(1)[0])).isEqualTo(1);
    }
}
