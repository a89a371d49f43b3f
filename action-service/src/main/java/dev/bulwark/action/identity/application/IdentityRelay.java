package dev.bulwark.action.identity.application;

import dev.bulwark.action.audit.AuditEvent;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import dev.bulwark.action.enforcement.persistence.EnforcementActionRepository;
import dev.bulwark.action.identity.Backoff;
import dev.bulwark.action.identity.EffectOutcome;
import dev.bulwark.action.identity.IdentityProviderException;
import dev.bulwark.action.identity.IdentityResult;
import dev.bulwark.action.identity.IdentityRules;
import dev.bulwark.action.identity.persistence.IdentityEffectEntity;
import dev.bulwark.action.identity.persistence.IdentityEffectRepository;
import dev.bulwark.action.identity.provider.IdentityConfig;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.action.time.TimeSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Applies due identity effects, one transaction each: claims the row ({@code SKIP LOCKED}), takes
 * the account's lock so one account's effects never cross on the wire, checks the effect still
 * matches the account's standing, calls the provider, then records the outcome and audits it. A
 * failed call is retried later with capped exponential backoff; the enforcement is never touched.
 */
@ApplicationScoped
public class IdentityRelay {

    private static final Logger LOG = Logger.getLogger(IdentityRelay.class);

    private final IdentityEffectRepository effects;
    private final EnforcementActionRepository actions;
    private final AuditLogRepository auditLog;
    private final ReactiveIdentityProvider provider;
    private final IdentityMetrics metrics;
    private final TimeSource time;
    private final Vertx vertx;
    private final Backoff backoff;
    private final int batch;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public IdentityRelay(IdentityEffectRepository effects, EnforcementActionRepository actions,
            AuditLogRepository auditLog, ReactiveIdentityProvider provider, IdentityMetrics metrics, TimeSource time,
            Vertx vertx, IdentityConfig config) {
        this.effects = effects;
        this.actions = actions;
        this.auditLog = auditLog;
        this.provider = provider;
        this.metrics = metrics;
        this.time = time;
        this.vertx = vertx;
        this.backoff = new Backoff(config.retryInitialBackoff(), config.retryMaxBackoff());
        this.batch = config.relayBatch();
    }

    /**
     * Starts a run in the background, on a context of its own: for a use case whose transaction has
     * just committed an effect, so the user is locked out without waiting for the schedule.
     */
    public void kick() {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        // A fresh duplicated context, flagged safe, gives the run a reactive session of its own.
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> run()
                .subscribe().with(handled -> { }, failure -> LOG.warn("identity relay run failed", failure)));
    }

    /**
     * Handles up to one batch of due effects; answers how many it handled. One run at a time per
     * instance: a run asked for meanwhile is made right after the current one.
     */
    public Uni<Integer> run() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return Uni.createFrom().item(0);
        }
        return Uni.createFrom().deferred(() -> drain(batch, 0)).eventually(() -> {
            running.set(false);
            if (again.getAndSet(false)) {
                kick();
            }
        });
    }

    private Uni<Integer> drain(int remaining, int handled) {
        if (remaining == 0) {
            return Uni.createFrom().item(handled);
        }
        return Panache.withTransaction(() -> effects.claimDue(time.now())
                        .chain(row -> row == null ? Uni.createFrom().item(false) : handle(row).replaceWith(true)))
                .chain(found -> found ? drain(remaining - 1, handled + 1) : Uni.createFrom().item(handled));
    }

    private Uni<Void> handle(IdentityEffectEntity row) {
        Subject account = Subject.of(SubjectKind.ACCOUNT, row.accountId);
        return effects.lockAccount(row.accountId)
                .chain(() -> effects.lastApplied(row.accountId))
                .chain(lastApplied -> {
                    Instant now = time.now();
                    return actions.possiblyInForce(account, now, now)
                            .map(inForce -> IdentityRules.stillWanted(row.effect, inForce, lastApplied, now));
                })
                .chain(wanted -> wanted ? call(row) : finish(row, EffectOutcome.SUPERSEDED));
    }

    private Uni<Void> call(IdentityEffectEntity row) {
        row.attempts++;
        return provider.apply(row.effect, row.accountId)
                .onItemOrFailure().transformToUni((result, failure) -> failure == null
                        ? done(row, result)
                        : retryLater(row, failure));
    }

    private Uni<Void> done(IdentityEffectEntity row, IdentityResult result) {
        Uni<Void> finished = finish(row, EffectOutcome.of(result));
        if (result != IdentityResult.APPLIED) {
            return finished;
        }
        return finished.chain(() -> auditLog.append(AuditEvent.identityApplied(row.doneAt, row.effect, row.cause,
                row.actionId, row.accountId, row.id, row.attempts))).replaceWithVoid();
    }

    private Uni<Void> finish(IdentityEffectEntity row, EffectOutcome outcome) {
        row.finish(outcome, time.now());
        metrics.count(row.effect, outcome.name());
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> retryLater(IdentityEffectEntity row, Throwable failure) {
        String code = failure instanceof IdentityProviderException known ? known.code()
                : failure instanceof TimeoutException ? "TIMEOUT"
                : "UNEXPECTED";
        if ("UNEXPECTED".equals(code)) {
            LOG.errorf(failure, "identity effect %s failed unexpectedly (attempt %d)", row.id, row.attempts);
        } else {
            LOG.warnf("identity effect %s failed with %s (attempt %d); retried later", row.id, code, row.attempts);
        }
        row.failed(code, time.now().plus(backoff.after(row.attempts)));
        metrics.count(row.effect, IdentityMetrics.FAILED);
        return Uni.createFrom().voidItem();
    }
}
