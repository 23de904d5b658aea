package org.mineaction.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens for the local suite's own clients, fetched from the identity provider through the
 * gateway with the client-credentials grant, exactly as an operator's script would.
 */
public final class LocalTokens {

    /** platform-service's local-profile machine client with the OPERATOR role. */
    public static final String OPERATOR_CLIENT = "mineaction-operator";
    public static final String OPERATOR_SECRET = "local-operator-client-secret";
    /** platform-service's local-profile machine client with the ISU_ANALYST role. */
    public static final String ISU_CLIENT = "mineaction-isu-reporting";
    public static final String ISU_SECRET = "local-isu-reporting-secret";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private LocalTokens() {
    }

    /** "Bearer ..." for the client, or an exception saying what the token endpoint answered. */
    public static String bearer(URI gateway, String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/oauth2/token"))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api"))
                .build();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IOException("no token for " + clientId + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return "Bearer " + token.group(1);
        }
    }
}
