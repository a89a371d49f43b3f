package dev.bulwark.action.notification.application;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * Posts signed webhook bodies. The reactive Vert.x client keeps the relay on its event loop (no
 * worker thread held per delivery) and answers on the caller's context, where its session lives.
 */
@ApplicationScoped
public class WebhookSender {

    static final String ID = "Bulwark-Webhook-Id";
    static final String TIMESTAMP = "Bulwark-Webhook-Timestamp";
    static final String SIGNATURE = "Bulwark-Webhook-Signature";

    private final WebClient client;
    private final Duration timeout;

    public WebhookSender(Vertx vertx, WebhookConfig config) {
        // A redirect would send the signed body somewhere the tenant did not configure.
        this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false)
                .setUserAgent("bulwark-action-service"));
        this.timeout = config.requestTimeout();
    }

    /**
     * The receiver's status code; fails on connection errors, and with a
     * {@link java.util.concurrent.TimeoutException} when it sends nothing for the request timeout.
     */
    public Uni<Integer> post(String url, UUID id, long timestampSeconds, String signature, String body) {
        return Uni.createFrom().deferred(() -> {
            Context caller = io.vertx.core.Vertx.currentContext();
            Uni<Integer> call = client.postAbs(url)
                    .timeout(timeout.toMillis())
                    .putHeader("Content-Type", "application/json")
                    .putHeader(ID, id.toString())
                    .putHeader(TIMESTAMP, Long.toString(timestampSeconds))
                    .putHeader(SIGNATURE, signature)
                    .sendBuffer(Buffer.buffer(body))
                    .map(HttpResponse::statusCode);
            return caller == null ? call : call.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
