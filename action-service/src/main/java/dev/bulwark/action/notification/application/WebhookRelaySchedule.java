package dev.bulwark.action.notification.application;

import dev.bulwark.action.notification.persistence.WebhookDeliveryRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the webhook relay on a schedule: retries failed deliveries and sends any a kick missed; and
 * refreshes the outbox gauges, so a scrape never queries the database.
 */
@ApplicationScoped
public class WebhookRelaySchedule {

    private final WebhookRelay relay;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookMetrics metrics;

    public WebhookRelaySchedule(WebhookRelay relay, WebhookDeliveryRepository deliveries, WebhookMetrics metrics) {
        this.relay = relay;
        this.deliveries = deliveries;
        this.metrics = metrics;
    }

    @Scheduled(every = "${bulwark.action.webhooks.relay-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return relay.run().replaceWithVoid();
    }

    @Scheduled(every = "${bulwark.action.webhooks.gauge-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refreshGauges() {
        return Panache.withSession(deliveries::state).invoke(metrics::outbox).replaceWithVoid();
    }
}
