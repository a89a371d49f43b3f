package dev.bulwark.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fetches access tokens from a token endpoint (client-credentials and password grants) and keeps
 * each one until shortly before it expires.
 */
public final class TokenClient {

    /** A token this close to expiry is fetched anew, so a call never leaves with one about to lapse. */
    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES_IN = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ERROR_DESCRIPTION = Pattern.compile("\"error_description\"\\s*:\\s*\"([^\"]+)\"");

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Clock clock;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    public TokenClient(String tokenEndpoint) {
        this(tokenEndpoint, Clock.systemUTC());
    }

    TokenClient(String tokenEndpoint, Clock clock) {
        this.tokenEndpoint = URI.create(tokenEndpoint);
        this.clock = clock;
    }

    /** An access token of a confidential client's service account. */
    public String clientCredentials(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return cached("cc|" + clientId + "|" + secret, form);
    }

    /** An access token of a user, through a public client that allows direct access grants. */
    public String password(String clientId, String username, String password) {
        return cached("pw|" + clientId + "|" + username, passwordForm(clientId, username, password));
    }

    /**
     * One password login, never cached and never thrown on: answers how the token endpoint took it,
     * e.g. 400 {@code invalid_grant} for a disabled user.
     */
    public LoginAttempt attemptPassword(String clientId, String username, String password) {
        HttpResponse<String> response = post(passwordForm(clientId, username, password));
        Matcher error = ERROR.matcher(response.body());
        Matcher description = ERROR_DESCRIPTION.matcher(response.body());
        return new LoginAttempt(response.statusCode(), error.find() ? error.group(1) : null,
                description.find() ? description.group(1) : null);
    }

    public String tokenEndpoint() {
        return tokenEndpoint.toString();
    }

    private static Map<String, String> passwordForm(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        return form;
    }

    private String cached(String key, Map<String, String> form) {
        Instant now = clock.instant();
        Token token = cache.get(key);
        if (token == null || !now.isBefore(token.expiresAt().minus(MARGIN))) {
            token = fetch(form, now);
            cache.put(key, token);
        }
        return token.value();
    }

    private Token fetch(Map<String, String> form, Instant now) {
        HttpResponse<String> response = post(form);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        Matcher expiresIn = EXPIRES_IN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find() || !expiresIn.find()) {
            // Keycloak's error code only: the body could echo what was sent.
            Matcher error = ERROR.matcher(response.body());
            throw new IllegalStateException("no token for " + form.get("grant_type") + " grant of " + form.get("client_id")
                    + ": HTTP " + response.statusCode() + (error.find() ? " " + error.group(1) : ""));
        }
        return new Token(token.group(1), now.plusSeconds(Long.parseLong(expiresIn.group(1))));
    }

    private HttpResponse<String> post(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("token endpoint " + tokenEndpoint + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }

    /**
     * How a login went: the HTTP status, and on failure Keycloak's {@code error} and
     * {@code error_description} (e.g. {@code invalid_grant}, "Account disabled"); both null on success.
     */
    public record LoginAttempt(int status, String error, String errorDescription) {

        public boolean succeeded() {
            return status == 200;
        }
    }

    private record Token(String value, Instant expiresAt) {}
}
