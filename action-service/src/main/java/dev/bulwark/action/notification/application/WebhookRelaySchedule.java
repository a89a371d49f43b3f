package dev.bulwark.action.notification.application;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the webhook relay on a schedule: retries failed deliveries and sends any a kick missed. */
@ApplicationScoped
public class WebhookRelaySchedule {

    private final WebhookRelay relay;

    public WebhookRelaySchedule(WebhookRelay relay) {
        this.relay = relay;
    }

    @Scheduled(every = "${bulwark.action.webhooks.relay-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return relay.run().replaceWithVoid();
    }
}
