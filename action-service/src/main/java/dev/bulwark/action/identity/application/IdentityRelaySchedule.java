package dev.bulwark.action.identity.application;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the identity relay on a schedule: retries failed effects and applies those that fall due (expiries). */
@ApplicationScoped
public class IdentityRelaySchedule {

    private final IdentityRelay relay;

    public IdentityRelaySchedule(IdentityRelay relay) {
        this.relay = relay;
    }

    @Scheduled(every = "${bulwark.action.identity.relay-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return relay.run().replaceWithVoid();
    }
}
