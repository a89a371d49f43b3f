package dev.bulwark.cases.decision.application;

import dev.bulwark.cases.decision.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Counts reviewers' decisions and times their handling, per queue; never per reviewer or case. */
@ApplicationScoped
public class DecisionMetrics {

    private static final Duration[] HANDLING_BUCKETS = {
        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10),
        Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4)};

    private final MeterRegistry meters;

    public DecisionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Any decision, closing or not (escalation, request for information). */
    void decided(String queue, Outcome outcome) {
        Counter.builder("bulwark.cases.decisions")
                .description("Reviewers' decisions, by queue and outcome")
                .tag("queue", queue)
                .tag("outcome", outcome.name())
                .register(meters)
                .increment();
    }

    /** A closing decision, timed from claim to decision. */
    void handled(String queue, String kind, Outcome outcome, Duration handling) {
        Timer.builder("bulwark.cases.handling.time")
                .description("Time from claim to closing decision, by queue, case kind and outcome")
                .tag("queue", queue)
                .tag("kind", kind)
                .tag("outcome", outcome.name())
                // A few fixed buckets rather than the ~60 of a percentile histogram per queue, kind and
                // outcome: enough for histogram_quantile at the resolution a shift lead reads.
                .serviceLevelObjectives(HANDLING_BUCKETS)
                .register(meters)
                .record(handling);
    }
}
