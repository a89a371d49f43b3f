package dev.bulwark.intake.delivery.service;

import dev.bulwark.intake.config.IntakeConfig;
import dev.bulwark.intake.delivery.DeliveryOutcome;
import dev.bulwark.intake.delivery.RetrySchedule;
import dev.bulwark.intake.delivery.grpc.DeliveryClients;
import dev.bulwark.intake.delivery.persistence.OutboxEntity;
import dev.bulwark.tracecontext.TraceParent;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Delivers outbox entries: at once after the transaction that wrote them, and again on a schedule
 * until the receiver accepts. Receivers dedupe by key, so delivering twice is harmless; losing one
 * is not, so transient failures are retried with backoff and only refusals are dead-lettered.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Codes that mean the receiver refused the request itself; retrying cannot help. */
    private static final Set<Status.Code> PERMANENT = Set.of(
            Status.Code.INVALID_ARGUMENT, Status.Code.FAILED_PRECONDITION, Status.Code.ALREADY_EXISTS,
            Status.Code.PERMISSION_DENIED, Status.Code.UNIMPLEMENTED);

    private static final String DUE = "SELECT * FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL"
            + " AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED";

    private final DeliveryClients clients;
    private final DeliveryRecorder recorder;
    private final IntakeConfig config;
    private final RetrySchedule retries;
    private final Tracer tracer;

    public OutboxRelay(DeliveryClients clients, DeliveryRecorder recorder, IntakeConfig config, Tracer tracer) {
        this.clients = clients;
        this.tracer = tracer;
        this.recorder = recorder;
        this.config = config;
        this.retries = new RetrySchedule(config.outbox().firstRetry(), config.outbox().maxRetryDelay());
    }

    /** Delivers freshly written entries now; what fails stays for the scheduled relay. */
    public Uni<List<DeliveryOutcome>> deliverNow(List<OutboxEntity> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<Optional<DeliveryOutcome>>> attempts = entries.stream().map(this::deliver).toList();
        return Uni.join().all(attempts).andFailFast()
                .map(results -> results.stream().flatMap(Optional::stream).toList());
    }

    @Scheduled(every = "${bulwark.intake.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relayDue() {
        // Claiming moves next_attempt_at past the claim lease, so other replicas skip these rows
        // while this one delivers them, and a crash mid-delivery only delays them.
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery(DUE, OutboxEntity.class)
                        .setParameter("limit", config.outbox().batchSize())
                        .getResultList()
                        .invoke(due -> due.forEach(e -> e.nextAttemptAt = Instant.now().plus(config.outbox().claimLease())))))
                // One entry after the other: each recording runs in the pass's reactive session, which
                // serves one operation at a time. Run together they interleaved on it, a failed statement
                // aborted the others' transactions and kept their connections, and once the pool ran dry
                // intake answered nothing (seen when intake restarted with a backlog).
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(this::redeliver)
                        .collect().last().replaceWithVoid())
                // A failed pass (the database restarting, the service shutting down) is retried on the next tick.
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("outbox relay pass failed: %s", e.getClass().getSimpleName());
                    return Uni.createFrom().voidItem();
                });
    }

    /**
     * A later attempt continues the trace of the request that wrote the entry, so one submission stays
     * one trace however many passes its delivery takes. The call is subscribed while that trace is
     * current, which is when the gRPC client reads it.
     */
    private Uni<Optional<DeliveryOutcome>> redeliver(OutboxEntity entry) {
        Span span = tracer.spanBuilder("outbox.redeliver")
                .setParent(TraceParent.continuing(entry.traceParent))
                .setAttribute("bulwark.outbox.id", entry.id.toString())
                .setAttribute("bulwark.outbox.kind", entry.kind.name())
                .setAttribute("bulwark.outbox.attempt", entry.attempts + 1L)
                .startSpan();
        return Uni.createFrom().<Optional<DeliveryOutcome>>emitter(emitter -> {
            try (Scope ignored = span.makeCurrent()) {
                deliver(entry).subscribe().with(emitter::complete, emitter::fail);
            }
        }).onTermination().invoke(span::end);
    }

    private Uni<Optional<DeliveryOutcome>> deliver(OutboxEntity entry) {
        return clients.send(entry)
                .chain(outcome -> Panache.withTransaction(() -> recorder.delivered(entry, outcome))
                        .replaceWith(Optional.of(outcome)))
                .onFailure().recoverWithUni(error -> Panache.withTransaction(() -> recordFailure(entry, error))
                        .replaceWith(Optional.<DeliveryOutcome>empty()));
    }

    private Uni<Void> recordFailure(OutboxEntity entry, Throwable error) {
        Status.Code code = error instanceof StatusRuntimeException sre ? sre.getStatus().getCode() : Status.Code.UNKNOWN;
        boolean permanent = PERMANENT.contains(code);
        LOG.warnf("outbox %s delivery of %s failed with %s%s", entry.kind, entry.id, code, permanent ? " (dead-lettered)" : "");
        return OutboxEntity.<OutboxEntity>findById(entry.id).invoke(e -> {
            e.attempts++;
            e.lastError = code.name();
            if (permanent) {
                e.deadAt = Instant.now();
            } else {
                e.nextAttemptAt = Instant.now().plus(retries.delayAfter(e.attempts));
            }
        }).replaceWithVoid();
    }
}
