package dev.bulwark.action.transparency.application;

import dev.bulwark.action.transparency.BatchAnswer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Posts batches to the Transparency Database's "create multiple statements" endpoint
 * ({@code {"statements": [...]}}, at most 100) and reads its answer: {@code 201} creates all of them,
 * {@code 422} creates none and names the statements at fault.
 */
@ApplicationScoped
public class TransparencyDatabaseClient {

    private static final Logger LOG = Logger.getLogger(TransparencyDatabaseClient.class);
    private static final Pattern STATEMENT_KEY = Pattern.compile("statement_(\\d+)");

    private final WebClient client;
    private final TransparencyConfig config;

    public TransparencyDatabaseClient(Vertx vertx, TransparencyConfig config) {
        this.config = config;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.callTimeout().toMillis())
                .setUserAgent("bulwark-action-service"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** @param statements each a statement's JSON object, as stored */
    public Uni<BatchAnswer> send(List<String> statements) {
        JsonArray body = new JsonArray();
        statements.forEach(statement -> body.add(new JsonObject(statement)));
        return client.postAbs(config.endpoint().orElseThrow())
                .bearerTokenAuthentication(config.token().orElseThrow())
                .putHeader("Accept", "application/json")
                .timeout(config.callTimeout().toMillis())
                .sendJsonObject(new JsonObject().put("statements", body))
                .map(response -> answer(response.statusCode(), response.bodyAsString()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("transparency database not reached: %s", failure.toString());
                    return new BatchAnswer.Unavailable(failure instanceof TimeoutException ? "TIMEOUT" : "UNREACHABLE");
                });
    }

    /** Reads an answer; a 422 that names no statement is treated like any other failure of the whole batch. */
    static BatchAnswer answer(int status, String body) {
        if (status == 201) {
            return new BatchAnswer.Created();
        }
        if (status == 422 && body != null) {
            try {
                JsonObject errors = new JsonObject(body).getJsonObject("errors", new JsonObject());
                Map<Integer, String> byPosition = new HashMap<>();
                for (String key : errors.fieldNames()) {
                    Matcher matcher = STATEMENT_KEY.matcher(key);
                    if (matcher.matches() && errors.getValue(key) instanceof JsonObject fields) {
                        byPosition.put(Integer.parseInt(matcher.group(1)), describe(fields));
                    }
                }
                Set<String> existing = new HashSet<>();
                errors.getJsonArray("existing_puids", new JsonArray()).forEach(puid -> existing.add(String.valueOf(puid)));
                if (!byPosition.isEmpty() || !existing.isEmpty()) {
                    return new BatchAnswer.Refused(byPosition, existing);
                }
            } catch (DecodeException | ClassCastException e) {
                LOG.warnf("transparency database answered 422 with a body that is not its error format");
            }
        }
        return new BatchAnswer.Unavailable("HTTP_" + status);
    }

    /** {@code field: message; field: message}, in field order so the same refusal reads the same. */
    private static String describe(JsonObject fields) {
        return fields.fieldNames().stream().sorted()
                .map(field -> field + ": " + String.valueOf(fields.getValue(field) instanceof JsonArray messages
                        ? messages.stream().map(String::valueOf).collect(Collectors.joining(" "))
                        : fields.getValue(field)))
                .collect(Collectors.joining("; "));
    }
}
