package dev.bulwark.intake.backtest.service;

import dev.bulwark.intake.backtest.BacktestRefused;
import dev.bulwark.intake.backtest.BacktestStatus;
import dev.bulwark.intake.backtest.BacktestTally;
import dev.bulwark.intake.backtest.Backtester;
import dev.bulwark.intake.backtest.StoredDecision;
import dev.bulwark.intake.backtest.persistence.BacktestEntity;
import dev.bulwark.intake.backtest.persistence.StoredDecisionPages;
import dev.bulwark.intake.backtest.persistence.StoredDecisionPages.Cursor;
import dev.bulwark.policy.UsagePolicy;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs backtests in the background: a job is recorded, answered at once, and then reads the window's
 * submissions page by page, decides each again under the requested version and records its progress
 * after every page, so a caller polling the job sees it advance.
 */
@ApplicationScoped
public class BacktestJobs {

    private static final Logger LOG = Logger.getLogger(BacktestJobs.class);
    static final int PAGE_SIZE = 500;

    private final ActivePolicies policies;
    private final StoredDecisionPages pages;
    private final MeterRegistry registry;
    private final Backtester backtester = new Backtester();
    private final Clock clock = Clock.systemUTC();

    public BacktestJobs(ActivePolicies policies, StoredDecisionPages pages, MeterRegistry registry) {
        this.policies = policies;
        this.pages = pages;
        this.registry = registry;
    }

    /** Records a job for {@code version} over [from, to) and starts it; answers with the job as recorded. */
    public Uni<BacktestEntity> start(String version, OffsetDateTime from, OffsetDateTime to, String requestedBy) {
        UsagePolicy policy = policies.version(version)
                .orElseThrow(() -> new BacktestRefused("version", "no policy document has this version"))
                .policy();
        if (!from.isBefore(to)) {
            throw new BacktestRefused("to", "must be after from");
        }
        return pages.count(from, to).chain(total -> Panache.withTransaction(() -> {
            BacktestEntity job = new BacktestEntity();
            job.id = UUID.randomUUID();
            job.policyVersion = version;
            job.windowFrom = from;
            job.windowTo = to;
            job.status = BacktestStatus.RUNNING;
            job.total = total;
            job.results = new BacktestTally().result();
            job.requestedBy = requestedBy;
            job.createdAt = now();
            return job.<BacktestEntity>persist();
        })).invoke(job -> run(job.id, policy, from, to));
    }

    public Uni<BacktestEntity> find(UUID id) {
        return Panache.withSession(() -> BacktestEntity.<BacktestEntity>findById(id));
    }

    private void run(UUID id, UsagePolicy policy, OffsetDateTime from, OffsetDateTime to) {
        BacktestTally tally = new BacktestTally();
        nextPage(id, policy, from, to, Cursor.start(from), tally, 0)
                .subscribe().with(
                        processed -> finish(id, BacktestStatus.SUCCEEDED, processed, tally, null),
                        failure -> {
                            LOG.errorf(failure, "backtest %s failed", id);
                            finish(id, BacktestStatus.FAILED, -1, tally, "the backtest failed; see the service log");
                        });
    }

    /** Processes one page, records progress, and goes on until the window is read; yields the rows read. */
    private Uni<Long> nextPage(UUID id, UsagePolicy policy, OffsetDateTime from, OffsetDateTime to, Cursor after,
            BacktestTally tally, long processed) {
        return pages.page(from, to, after, PAGE_SIZE).chain(page -> {
            for (StoredDecision stored : page.rows()) {
                backtester.compare(policy, stored).ifPresentOrElse(changes -> tally.add(stored.submissionId(), changes), tally::skip);
            }
            long done = processed + page.rows().size();
            Uni<Void> progress = update(id, done, tally.result());
            return page.next() == null
                    ? progress.replaceWith(done)
                    : progress.chain(() -> nextPage(id, policy, from, to, page.next(), tally, done));
        });
    }

    private Uni<Void> update(UUID id, long processed, BacktestTally.Result result) {
        return Panache.withTransaction(() -> BacktestEntity.<BacktestEntity>findById(id).invoke(job -> {
            job.processed = processed;
            job.results = result;
        })).replaceWithVoid();
    }

    private void finish(UUID id, BacktestStatus status, long processed, BacktestTally tally, String error) {
        Panache.withTransaction(() -> BacktestEntity.<BacktestEntity>findById(id).invoke(job -> {
            job.status = status;
            if (processed >= 0) {
                job.processed = processed;
            }
            job.results = tally.result();
            job.error = error;
            job.finishedAt = now();
        })).subscribe().with(
                job -> Counter.builder("bulwark.policy.backtests").description("Backtests finished, by outcome")
                        .tag("status", status.name()).register(registry).increment(),
                failure -> LOG.errorf(failure, "recording the end of backtest %s failed", id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
