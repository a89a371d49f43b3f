package dev.bulwark.classifier.shadow.service;

import dev.bulwark.classifier.decision.OutcomeChange;
import dev.bulwark.classifier.shadow.DisagreementSummary;
import dev.bulwark.classifier.shadow.ShadowOutcome;
import dev.bulwark.classifier.shadow.persistence.ShadowRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Collects shadow outcomes off the scoring path, writes them in batches once a second and reads their
 * summary back. Scoring never waits for the database; when writes fall behind by more than
 * {@link #CAPACITY} outcomes, new ones are dropped and counted rather than held without bound.
 */
@ApplicationScoped
public class ShadowRecorder {

    private static final Logger LOG = Logger.getLogger(ShadowRecorder.class);
    static final int CAPACITY = 50_000;

    private final ShadowRepository repository;
    private final MeterRegistry registry;
    private final ConcurrentLinkedQueue<ShadowOutcome> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Counter dropped;

    public ShadowRecorder(ShadowRepository repository, MeterRegistry registry) {
        this.repository = repository;
        this.registry = registry;
        this.dropped = Counter.builder("bulwark.policy.shadow.dropped")
                .description("Shadow outcomes dropped because storage fell behind")
                .register(registry);
    }

    public void record(ShadowOutcome outcome) {
        count(outcome);
        if (size.incrementAndGet() > CAPACITY) {
            size.decrementAndGet();
            dropped.increment();
            return;
        }
        pending.add(outcome);
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> flushOnSchedule() {
        return flush().onFailure().recoverWithUni(e -> {
            LOG.warnf("storing shadow outcomes failed, they are lost: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        });
    }

    /** Writes everything pending now (tests call this instead of waiting for the schedule). */
    public Uni<Void> flush() {
        List<ShadowOutcome> batch = new ArrayList<>();
        ShadowOutcome next;
        while ((next = pending.poll()) != null) {
            size.decrementAndGet();
            batch.add(next);
        }
        return repository.store(batch);
    }

    /** The disagreement summary, including what is still pending. */
    public Uni<DisagreementSummary> summary(String activeVersion, String candidateVersion, int examples) {
        return flush().chain(() -> repository.summary(activeVersion, candidateVersion, examples));
    }

    private void count(ShadowOutcome outcome) {
        Counter.builder("bulwark.policy.shadow.decisions")
                .description("Decisions a candidate policy was shadowed on, by whether it agreed with the policy in force")
                .tag("candidate_version", outcome.candidateVersion())
                .tag("outcome", outcome.disagrees() ? "disagree" : "agree")
                .register(registry)
                .increment();
        for (OutcomeChange change : outcome.changes()) {
            Counter.builder("bulwark.policy.shadow.disagreements")
                    .description("Categories on which a candidate policy decided differently, by outcome pair")
                    .tag("candidate_version", outcome.candidateVersion())
                    .tag("category", change.category())
                    .tag("active", change.from().name())
                    .tag("candidate", change.to().name())
                    .register(registry)
                    .increment();
        }
    }
}
