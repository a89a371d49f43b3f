package dev.bulwark.intake.capacity;

import dev.bulwark.intake.config.IntakeConfig;
import dev.bulwark.intake.error.OverloadedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds the calls this replica works on at once and refuses the rest at the door. Past its capacity a
 * service that keeps accepting only gets slower for everyone: the classifier misses its deadline, the
 * surfaces' failure modes turn allowed content into review cases, those deliveries load case-service and
 * the database pool, and calls end in timeouts. A refused call costs almost nothing, is answered at once
 * with a retry delay, and is safe to retry (Submit is idempotent by key).
 */
@ApplicationScoped
public class CapacityLimit {

    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter refused;

    @Inject
    public CapacityLimit(IntakeConfig config, MeterRegistry meters) {
        this(config.maxInFlight(), meters);
    }

    CapacityLimit(int maxInFlight, MeterRegistry meters) {
        this.maxInFlight = maxInFlight;
        this.refused = Counter.builder("bulwark.intake.overload.refusals")
                .description("Calls refused because the replica was at its in-flight limit")
                .register(meters);
        Gauge.builder("bulwark.intake.in_flight", inFlight, AtomicInteger::get)
                .description("Calls this replica is working on")
                .register(meters);
    }

    /** Runs the call if a slot is free, holding it until the call ends however it ends (cancellation included). */
    public <T> Uni<T> admit(Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                refused.increment();
                return Uni.createFrom().failure(new OverloadedException(maxInFlight));
            }
            return Uni.createFrom().deferred(call::get).onTermination().invoke(inFlight::decrementAndGet);
        });
    }
}
