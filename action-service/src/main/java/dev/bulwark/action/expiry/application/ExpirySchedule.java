package dev.bulwark.action.expiry.application;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the expiry sweep on a schedule; what is due is read from the database, so a restart loses nothing. */
@ApplicationScoped
public class ExpirySchedule {

    private final ExpirySweeper sweeper;

    public ExpirySchedule(ExpirySweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(every = "${bulwark.action.expiry.sweep-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return sweeper.sweep().replaceWithVoid();
    }
}
