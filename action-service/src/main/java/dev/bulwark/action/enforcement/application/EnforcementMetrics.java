package dev.bulwark.action.enforcement.application;

import dev.bulwark.action.enforcement.EnforcementAction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts actions taken and reverted; tags carry policy vocabulary only, never subjects. */
@ApplicationScoped
public class EnforcementMetrics {

    private final MeterRegistry registry;

    public EnforcementMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void enforced(EnforcementAction action) {
        Counter.builder("bulwark.actions.enforced")
                .description("Enforcement actions taken (replays excluded)")
                .tag("type", action.type().name())
                .tag("category", action.category())
                .tag("origin", action.origin().name())
                .register(registry)
                .increment();
    }

    public void reverted(EnforcementAction action) {
        Counter.builder("bulwark.actions.reverted")
                .description("Enforcement actions reverted")
                .tag("type", action.type().name())
                .tag("category", action.category())
                .register(registry)
                .increment();
    }
}
