package dev.bulwark.action.approval.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** Counts approvals asked for and decided, and shows how many wait; tags carry outcomes only, never subjects. */
@ApplicationScoped
public class ApprovalMetrics {

    static final String REQUESTED = "requested";
    static final String APPROVED = "approved";
    static final String REJECTED = "rejected";

    private final MeterRegistry registry;
    private final AtomicLong pending = new AtomicLong();

    public ApprovalMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("bulwark.actions.approvals.pending", pending, AtomicLong::get)
                .description("Actions waiting for a second person's approval (refreshed periodically)")
                .register(registry);
    }

    void count(String result) {
        Counter.builder("bulwark.actions.approvals")
                .description("Approvals asked for, approved and rejected")
                .tag("result", result)
                .register(registry)
                .increment();
    }

    void pending(long count) {
        pending.set(count);
    }
}
