package dev.bulwark.demo.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A reviewer's client of case-service's REST API ({@code /api/v1}), with the reviewer's bearer token. */
public final class CaseApi {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String baseUri;
    private final Supplier<String> reviewerToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CaseApi(String baseUri, Supplier<String> reviewerToken) {
        this.baseUri = baseUri;
        this.reviewerToken = reviewerToken;
    }

    /** The {@code Authorization} header value of the reviewer, for callers that build their own requests. */
    public String authorization() {
        return "Bearer " + reviewerToken.get();
    }

    /** Scheme, host and port of case-service, for callers that build their own requests. */
    public String baseUri() {
        return baseUri;
    }

    /** One page of cases; {@code queue}, {@code status} and {@code cursor} may be null. */
    public CasePage list(String queue, String status, int limit, String cursor) {
        StringBuilder query = new StringBuilder("?limit=").append(limit);
        appendParam(query, "queue", queue);
        appendParam(query, "status", status);
        appendParam(query, "cursor", cursor);
        return read(send(getRequest("/api/v1/cases" + query)), CasePage.class);
    }

    /** One case; {@link CaseApiException} with status 404 when it does not exist. */
    public JsonNode get(String caseId) {
        return read(send(getRequest("/api/v1/cases/" + encode(caseId))), JsonNode.class);
    }

    /** Every queue with its counts. */
    public List<QueueStats> queues() {
        JavaType type = JSON.getTypeFactory().constructCollectionType(List.class, QueueStats.class);
        try {
            return JSON.readValue(send(getRequest("/api/v1/queues")).body(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable queue list", e);
        }
    }

    /** Claims the next open case of a queue; empty when the queue has none. */
    public Optional<CaseSummary> claim(String queue) {
        HttpResponse<String> response = send(postRequest("/api/v1/queues/" + encode(queue) + "/claim", null));
        return response.statusCode() == 204 ? Optional.empty() : Optional.of(read(response, CaseSummary.class));
    }

    /** Decides a claimed case. */
    public DecisionResult decide(String caseId, DecisionRequest decision) {
        return read(send(postRequest("/api/v1/cases/" + encode(caseId) + "/decision", decision)), DecisionResult.class);
    }

    /** Gives a claimed case back to its queue. */
    public void release(String caseId) {
        send(postRequest("/api/v1/cases/" + encode(caseId) + "/release", null));
    }

    private HttpRequest.Builder getRequest(String path) {
        return HttpRequest.newBuilder(URI.create(baseUri + path)).timeout(Duration.ofSeconds(15)).GET();
    }

    private HttpRequest.Builder postRequest(String path, Object body) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write request body", e);
        }
        return HttpRequest.newBuilder(URI.create(baseUri + path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(publisher);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Accept", "application/json")
                            .header("Authorization", authorization()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new CaseApiException(response.statusCode(), response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException("case-service did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling case-service", e);
        }
    }

    private static <T> T read(HttpResponse<String> response, Class<T> type) {
        try {
            return JSON.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable answer from case-service (" + type.getSimpleName() + ")", e);
        }
    }

    private static void appendParam(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
