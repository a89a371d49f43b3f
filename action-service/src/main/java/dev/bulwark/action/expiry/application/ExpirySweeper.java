package dev.bulwark.action.expiry.application;

import dev.bulwark.action.audit.AuditEvent;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.persistence.EnforcementActionEntity;
import dev.bulwark.action.enforcement.persistence.SubjectLock;
import dev.bulwark.action.expiry.ExpiryRules;
import dev.bulwark.action.expiry.persistence.DueExpiryRepository;
import dev.bulwark.action.identity.IdentityRules;
import dev.bulwark.action.identity.application.IdentityOutbox;
import dev.bulwark.action.identity.application.IdentityRelay;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.time.TimeSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Records restrictions and suspensions that ran out: marks them expired, appends an EXPIRED audit
 * entry and, for an account's suspension, the enabling of its user unless another lockout stands;
 * one transaction per batch of due actions.
 */
@ApplicationScoped
public class ExpirySweeper {

    private final DueExpiryRepository due;
    private final SubjectLock subjectLock;
    private final AuditLogRepository auditLog;
    private final IdentityOutbox identityOutbox;
    private final IdentityRelay identityRelay;
    private final MeterRegistry registry;
    private final TimeSource time;
    private final int batch;

    public ExpirySweeper(DueExpiryRepository due, SubjectLock subjectLock, AuditLogRepository auditLog,
            IdentityOutbox identityOutbox, IdentityRelay identityRelay, MeterRegistry registry, TimeSource time,
            ExpiryConfig config) {
        this.due = due;
        this.subjectLock = subjectLock;
        this.auditLog = auditLog;
        this.identityOutbox = identityOutbox;
        this.identityRelay = identityRelay;
        this.registry = registry;
        this.time = time;
        this.batch = config.batch();
    }

    /** Expires every action due now, batch after batch; answers how many it expired. */
    public Uni<Integer> sweep() {
        return Uni.createFrom().deferred(() -> sweepFrom(0));
    }

    /** What one batch did: how many rows it claimed (a full batch means more may wait) and which it expired. */
    private record Batch(int claimed, List<EnforcementAction> expired) {}

    private Uni<Integer> sweepFrom(int swept) {
        return Panache.withTransaction(this::expireBatch).chain(done -> {
            done.expired().forEach(this::count);
            if (done.expired().stream().anyMatch(IdentityRules::locksOut)) {
                identityRelay.kick();
            }
            int total = swept + done.expired().size();
            return done.claimed() == batch ? sweepFrom(total) : Uni.createFrom().item(total);
        });
    }

    private Uni<Batch> expireBatch() {
        Instant now = time.now();
        return due.claimDue(now, batch).chain(rows -> {
            List<EnforcementActionEntity> dueRows = rows.stream()
                    .filter(row -> ExpiryRules.due(row.toDomain(), now))
                    .sorted(Comparator.comparing(row -> row.subject().key()))
                    .toList();
            // Every subject is locked, in one order, before the first audit append takes the chain lock:
            // an enforcement holds its subject's lock while it waits for the chain, never the other way round.
            Uni<Void> work = Uni.createFrom().voidItem();
            for (Subject subject : dueRows.stream().map(EnforcementActionEntity::subject).distinct().toList()) {
                work = work.chain(() -> subjectLock.lock(subject));
            }
            List<EnforcementAction> expired = new ArrayList<>();
            for (EnforcementActionEntity row : dueRows) {
                work = work.chain(() -> expire(row, now)).invoke(expired::add).replaceWithVoid();
            }
            return work.map(ignored -> new Batch(rows.size(), expired));
        });
    }

    private Uni<EnforcementAction> expire(EnforcementActionEntity row, Instant now) {
        row.expiredAt = now;
        EnforcementAction action = row.toDomain();
        return due.flush()
                .chain(() -> auditLog.append(AuditEvent.expired(action, now)))
                .chain(() -> identityOutbox.expired(action, now))
                .replaceWith(action);
    }

    private void count(EnforcementAction action) {
        Counter.builder("bulwark.actions.expired")
                .description("Restrictions and suspensions recorded as run out")
                .tag("type", action.type().name())
                .tag("category", action.category())
                .register(registry)
                .increment();
    }
}
