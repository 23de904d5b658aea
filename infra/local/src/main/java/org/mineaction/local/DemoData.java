package org.mineaction.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A demo dataset so that a fresh local suite has something to look at, registered through the
 * gateway like any client would (so it also produces the events and the welcome mail). Idempotent:
 * a 409 means an earlier run already did it.
 */
final class DemoData {

    static final String DEMO_PLATFORM = """
            {"countryCode":"KHM","name":"Cambodia National Mine Action Platform","languages":["en","km"],\
            "timeZone":"Asia/Phnom_Penh","contactEmail":"platform-lead@cmaa.example.org"}""";

    private DemoData() {
    }

    /** Returns a one-line outcome for the start-up banner; never throws. */
    static String seed(URI gateway) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/platforms"))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json")
                    .header("X-Correlation-Id", "local-suite-demo-data")
                    // Registering a platform is the operator's: the local operator client does it.
                    .header("Authorization", LocalTokens.bearer(gateway, LocalTokens.OPERATOR_CLIENT, LocalTokens.OPERATOR_SECRET))
                    .POST(HttpRequest.BodyPublishers.ofString(DEMO_PLATFORM))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return switch (response.statusCode()) {
                case 201 -> "demo platform KHM registered (see the welcome mail in the mail viewer)";
                case 409 -> "demo platform KHM already registered by an earlier run";
                default -> "could not register the demo platform: HTTP " + response.statusCode() + " "
                        + abbreviate(response.body());
            };
        } catch (IOException e) {
            return "could not register the demo platform: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "demo data skipped (interrupted)";
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
