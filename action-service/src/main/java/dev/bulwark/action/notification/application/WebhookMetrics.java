package dev.bulwark.action.notification.application;

import dev.bulwark.action.notification.NotificationEvent;
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
 * Counts webhook attempts by tenant, event and result, and gauges the outbox lag: how long the
 * oldest pending delivery has waited, as the relay last saw it (0 when none waits).
 */
@ApplicationScoped
public class WebhookMetrics {

    /** Results of one attempt. */
    enum Result { DELIVERED, RETRIED, DEAD }

    private final MeterRegistry registry;
    private final AtomicReference<Instant> oldestPending = new AtomicReference<>();

    public WebhookMetrics(MeterRegistry registry, TimeSource time) {
        this.registry = registry;
        Gauge.builder("bulwark.action.webhooks.outbox.lag", () -> {
                    Instant oldest = oldestPending.get();
                    return oldest == null ? 0 : Math.max(0, Duration.between(oldest, time.now()).toMillis() / 1000.0);
                })
                .description("Age of the oldest webhook delivery still pending")
                .baseUnit("seconds")
                .register(registry);
    }

    void count(String tenant, NotificationEvent event, Result result) {
        Counter.builder("bulwark.action.webhooks")
                .description("Webhook delivery attempts by tenant, event and result")
                .tag("tenant", tenant)
                .tag("event", event.wireName())
                .tag("result", result.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    /** @param oldest when the oldest pending delivery was written; null when none is pending */
    void oldestPending(Instant oldest) {
        oldestPending.set(oldest);
    }
}
