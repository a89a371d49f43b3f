package dev.bulwark.intake.submission.service;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.submission.NewSubmission;
import dev.bulwark.intake.submission.Routing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Counts intake's decisions and times them end to end; tags carry policy vocabulary only (verdict,
 * category, surface, policy version), never content, tenants' users or submission ids.
 */
@ApplicationScoped
public class DecisionMetrics {

    /** The category tag of a decision no category led (an ALLOW). */
    static final String NO_CATEGORY = "none";

    private final MeterRegistry meters;

    public DecisionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public Timer.Sample start() {
        return Timer.start(meters);
    }

    /** Records a decision that was answered (replays are not decisions). */
    public void decided(NewSubmission submission, Classification c, Timer.Sample sample) {
        // Percentile buckets, so dashboards can take p50/p95/p99 across replicas with histogram_quantile.
        sample.stop(Timer.builder("bulwark.intake.decision.duration")
                .description("Submit latency end to end: classification, storage and immediate delivery")
                .tag("verdict", c.verdict().name())
                .tag("surface", submission.surface())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(meters));
        Counter.builder("bulwark.intake.decisions")
                .description("Decisions answered, by verdict, leading category, surface, policy version,"
                        + " whether the failure mode decided and whether no person is needed")
                .tag("verdict", c.verdict().name())
                .tag("category", c.leadingReason().map(Classification.Reason::category).orElse(NO_CATEGORY))
                .tag("surface", submission.surface())
                .tag("policy_version", c.policyVersion())
                .tag("fallback", Boolean.toString(c.fallback()))
                .tag("automated", Boolean.toString(!Routing.of(c).openCase()))
                .register(meters)
                .increment();
    }
}
