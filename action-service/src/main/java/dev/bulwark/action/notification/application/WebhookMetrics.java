package dev.bulwark.action.notification.application;

import dev.bulwark.action.notification.NotificationEvent;
import dev.bulwark.action.notification.WebhookOutboxState;
import dev.bulwark.action.time.TimeSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts webhook attempts by tenant, event and result, and gauges the outbox as last refreshed:
 * deliveries pending, deliveries dead, and how long the oldest pending one has waited (0 when none).
 */
@ApplicationScoped
public class WebhookMetrics {

    /** Results of one attempt. */
    enum Result { DELIVERED, RETRIED, DEAD }

    private final MeterRegistry registry;
    private final AtomicReference<WebhookOutboxState> outbox = new AtomicReference<>(new WebhookOutboxState(0, 0, null));

    public WebhookMetrics(MeterRegistry registry, TimeSource time) {
        this.registry = registry;
        Gauge.builder("bulwark.actions.webhooks.outbox.lag", () -> {
                    Instant oldest = outbox.get().oldestPending();
                    return oldest == null ? 0 : Math.max(0, Duration.between(oldest, time.now()).toMillis() / 1000.0);
                })
                .description("Age of the oldest webhook delivery still pending")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("bulwark.actions.webhooks.outbox.pending", () -> outbox.get().pending())
                .description("Webhook deliveries waiting for an attempt")
                .register(registry);
        Gauge.builder("bulwark.actions.webhooks.outbox.dead", () -> outbox.get().dead())
                .description("Webhook deliveries given up on (refused or out of attempts)")
                .register(registry);
    }

    void count(String tenant, NotificationEvent event, Result result) {
        Counter.builder("bulwark.actions.webhooks")
                .description("Webhook delivery attempts by tenant, event and result")
                .tag("tenant", tenant)
                .tag("event", event.wireName())
                .tag("result", result.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    void outbox(WebhookOutboxState state) {
        outbox.set(state);
    }
}
