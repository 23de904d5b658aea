package org.mineaction.local;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the browser client does to get a member's access token, through the gateway: authorization
 * code with PKCE, the sign-in form with its CSRF token, the code exchanged for tokens. Redirects are
 * followed by hand, so the redirect URI (a page of the web client) is never requested.
 */
final class BrowserSignIn {

    static final String CLIENT_ID = "mineaction-web";
    static final String REDIRECT_URI = "http://127.0.0.1:8080/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private BrowserSignIn() {
    }

    /** "Bearer ..." for the member, or an AssertionError telling which step refused. */
    static String bearer(URI gateway, String email, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        URI authorize = gateway.resolve("/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID
                + "&scope=openid&state=e2e&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256");

        expect(send(browser, get(authorize)), 302, "authorize before sign-in");
        HttpResponse<String> form = send(browser, get(gateway.resolve("/login")));
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new AssertionError("the sign-in form has no CSRF token: " + form.body());
        }
        HttpResponse<String> signedIn = send(browser, postForm(gateway.resolve("/login"),
                Map.of("username", email, "password", password, "_csrf", csrf.group(1))));
        String back = location(expect(signedIn, 302, "sign-in"));
        if (back.contains("error")) {
            throw new AssertionError("sign-in refused for " + email);
        }
        String callback = location(expect(send(browser, get(gateway.resolve(back))), 302, "authorize after sign-in"));
        String code = query(URI.create(callback)).get("code");
        if (code == null) {
            throw new AssertionError("no code in " + callback);
        }
        HttpResponse<String> tokens = send(browser, postForm(gateway.resolve("/oauth2/token"), Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
                "client_id", CLIENT_ID, "code_verifier", verifier)));
        Matcher token = ACCESS_TOKEN.matcher(expect(tokens, 200, "token exchange").body());
        if (!token.find()) {
            throw new AssertionError("no access token in " + tokens.body());
        }
        return "Bearer " + token.group(1);
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest postForm(URI uri, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String step) {
        if (response.statusCode() != status) {
            throw new AssertionError(step + ": expected " + status + ", got " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location header"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(nameValue[0], nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }
}
