package dev.bulwark.action.notification.application;

import dev.bulwark.action.identity.Backoff;
import dev.bulwark.action.notification.DeliveryVerdict;
import dev.bulwark.action.notification.WebhookPayload;
import dev.bulwark.action.notification.WebhookSignature;
import dev.bulwark.action.notification.application.WebhookMetrics.Result;
import dev.bulwark.action.notification.persistence.WebhookDeliveryEntity;
import dev.bulwark.action.notification.persistence.WebhookDeliveryRepository;
import dev.bulwark.action.time.TimeSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries, one transaction each: claims the row ({@code SKIP LOCKED}), signs
 * and posts its body, then records the outcome. A 2xx settles it for good, so it is never sent
 * again; a 5xx, 408, 429, timeout or connection failure is retried with capped exponential backoff
 * until the attempts run out; any other answer kills it at once. Dead rows stay for operators.
 */
@ApplicationScoped
public class WebhookRelay {

    private static final Logger LOG = Logger.getLogger(WebhookRelay.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSender sender;
    private final WebhookMetrics metrics;
    private final WebhookConfig config;
    private final TimeSource time;
    private final Vertx vertx;
    private final Backoff backoff;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public WebhookRelay(WebhookDeliveryRepository deliveries, WebhookSender sender, WebhookMetrics metrics,
            WebhookConfig config, TimeSource time, Vertx vertx) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.metrics = metrics;
        this.config = config;
        this.time = time;
        this.vertx = vertx;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
    }

    /**
     * Starts a run in the background, on a context of its own: for a use case whose transaction has
     * just committed a delivery, so the tenant hears of it without waiting for the schedule.
     */
    public void kick() {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        // A fresh duplicated context, flagged safe, gives the run a reactive session of its own.
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> run()
                .subscribe().with(sent -> { }, failure -> LOG.warn("webhook relay run failed", failure)));
    }

    /**
     * Attempts up to one batch of due deliveries; answers how many it attempted. One run at a time
     * per instance: a run asked for meanwhile is made right after the current one.
     */
    public Uni<Integer> run() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return Uni.createFrom().item(0);
        }
        return Uni.createFrom().deferred(() -> drain(config.relayBatch(), 0))
                .eventually(() -> {
                    running.set(false);
                    if (again.getAndSet(false)) {
                        kick();
                    }
                });
    }

    private Uni<Integer> drain(int remaining, int attempted) {
        if (remaining == 0) {
            return Uni.createFrom().item(attempted);
        }
        return Panache.withTransaction(() -> deliveries.claimDue(time.now())
                        .chain(row -> row == null ? Uni.createFrom().item(false) : attempt(row).replaceWith(true)))
                .chain(found -> found ? drain(remaining - 1, attempted + 1) : Uni.createFrom().item(attempted));
    }

    private Uni<Void> attempt(WebhookDeliveryEntity row) {
        WebhookConfig.Tenant tenant = config.tenants().get(row.tenant);
        if (tenant == null) {
            // The tenant's webhook was removed from the configuration after the delivery was written.
            dead(row, "TENANT_NOT_CONFIGURED");
            return Uni.createFrom().voidItem();
        }
        row.attempts++;
        long timestamp = time.now().getEpochSecond();
        String body = WebhookPayload.body(row.payload);
        return sender.post(tenant.url(), row.id, timestamp, WebhookSignature.sign(tenant.secret(), timestamp, body), body)
                .onItemOrFailure().transform((status, failure) -> {
                    if (failure != null) {
                        retryOrDie(row, failureCode(failure));
                    } else {
                        settle(row, status);
                    }
                    return null;
                })
                .replaceWithVoid();
    }

    private void settle(WebhookDeliveryEntity row, int status) {
        switch (DeliveryVerdict.of(status)) {
            case DELIVERED -> {
                row.delivered(time.now());
                metrics.count(row.tenant, row.eventType, Result.DELIVERED);
            }
            case RETRY -> retryOrDie(row, "HTTP_" + status);
            case REJECTED -> dead(row, "HTTP_" + status);
        }
    }

    private void retryOrDie(WebhookDeliveryEntity row, String code) {
        if (row.attempts >= config.maxAttempts()) {
            dead(row, code);
            return;
        }
        Instant retryAt = time.now().plus(backoff.after(row.attempts));
        LOG.infof("webhook %s to tenant %s failed with %s (attempt %d); retried at %s",
                row.id, row.tenant, code, row.attempts, retryAt);
        row.failed(code, retryAt);
        metrics.count(row.tenant, row.eventType, Result.RETRIED);
    }

    private void dead(WebhookDeliveryEntity row, String code) {
        LOG.warnf("webhook %s to tenant %s is dead after %d attempts: %s", row.id, row.tenant, row.attempts, code);
        row.dead(code);
        metrics.count(row.tenant, row.eventType, Result.DEAD);
    }

    private static String failureCode(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "TIMEOUT";
        }
        if (failure instanceof ConnectException) {
            return "CONNECTION_FAILED";
        }
        LOG.warn("webhook attempt failed unexpectedly", failure);
        return "SEND_FAILED";
    }
}
